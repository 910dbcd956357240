def gen():
    yield 1
    raise KeyError("from generator")

def consume():
    for x in gen():
        print(x)

consume()
