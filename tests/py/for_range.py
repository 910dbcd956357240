def f():
    total = 0
    for i in range(10):
        total += i
    print(total)
    for i in range(2, 8):
        print(i, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(0):
        print("never")
    print("i after loops:", i)
    for i in range(5):
        if i == 3:
            break
    else:
        print("no")
    print(i)
    for i in range(3):
        pass
    else:
        print("else", i)
    n = 4
    for i in range(n):
        n = 1
        print("n", i, end=" ")
    print()

f()

def g():
    for i in range(3):
        print("range", i)

range_saved = range
def fake_range(n):
    return [100, 200]
range = fake_range
g()
range = range_saved
g()
for x in range(3):
    print(x)
