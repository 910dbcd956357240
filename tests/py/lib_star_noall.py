"""Helper for star_import_all: a module without __all__."""
import sys as _sys
import math

PUBLIC = "public"
_hidden = "hidden"
__dunder = "dunder"


def public_func():
    return "public_func"


def _private_func():
    return "private"


class Widget:
    kind = "widget"


counter = [0]


def bump():
    counter[0] += 1
    return counter[0]
