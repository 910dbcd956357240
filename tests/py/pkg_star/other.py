"""Submodule of pkg_star that is not in __all__."""
VALUE = "other"
