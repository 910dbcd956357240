"""Submodule of pkg_star, imported by `from pkg_star import *`."""
def greet(name):
    return "hello " + name
