import re


def name():
    return re.sub("x", "y", "x")
