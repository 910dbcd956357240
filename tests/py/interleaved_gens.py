def ticker(name, n):
    for i in range(n):
        yield f"{name}{i}"
a = ticker("a", 3)
b = ticker("b", 2)
out = []
while True:
    moved = False
    for g in (a, b):
        v = next(g, None)
        if v is not None:
            out.append(v)
            moved = True
    if not moved:
        break
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def pipeline():
    data = range(10)
    evens = (x for x in data if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
print(pipeline())
