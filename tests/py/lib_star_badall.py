"""Helper for star_import_all: __all__ names a missing attribute."""
__all__ = ["present", "missing"]
present = 1
