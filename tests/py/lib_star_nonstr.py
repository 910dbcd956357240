"""Helper for star_import_all: __all__ holds a non-string."""
__all__ = ("ok", 42)
ok = "ok"
