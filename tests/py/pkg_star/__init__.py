"""Helper package for star_import_all: __all__ lists a submodule."""
__all__ = ["sub", "pkg_value"]
pkg_value = "from package"
_pkg_private = "private"
