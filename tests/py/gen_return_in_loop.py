def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
        yield x
g = first_neg([1, 2, -3, 4])
print(list(g))
def sub():
    yield 1
    return "sub-result"
def deleg():
    res = yield from sub()
    print("delegate got", res)
    yield from [7, 8]
print(list(deleg()))
