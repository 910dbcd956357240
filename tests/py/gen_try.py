def g():
    try:
        yield 1
        return "ret"
    finally:
        print("g finally")
x = g()
print(next(x))
try:
    next(x)
except StopIteration as e:
    print("value", e.value)
def h():
    try:
        raise ValueError("v")
    except ValueError:
        yield "in handler"
        yield "still"
    yield "after"
print(list(h()))
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print("fin", i)
print(list(k()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
def send_acc():
    total = 0
    while True:
        v = yield total
        total += v
s = send_acc()
next(s)
for v in [1, 2, 3]:
    r = s.send(v)
print(r)
