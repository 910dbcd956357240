PI = 3.0
def name():
    return __name__
