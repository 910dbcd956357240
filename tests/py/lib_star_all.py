"""Helper for star_import_all: a module that declares __all__."""
__all__ = ["exported_func", "ExportedClass", "CONSTANT", "_private_but_listed"]

CONSTANT = 10
NOT_LISTED = "should not leak"


def exported_func(x):
    return x + CONSTANT


def helper_not_listed():
    return "hidden"


class ExportedClass:
    def __repr__(self):
        return "ExportedClass()"


_private_but_listed = "underscore names in __all__ are exported"
_private = "not exported"
