class Box:
    pass

def read(b):
    return b.content

read(Box())
