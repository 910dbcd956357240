"""The greeting the hello example prints."""


def greeting(name):
    return "Hello from %s!" % name
