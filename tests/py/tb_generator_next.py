def numbers():
    yield 1
    yield 2

it = numbers()
next(it)
next(it)
next(it)
