class A:
    n = 3
    vals = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(A.vals, A.err)
def f():
    x = 10
    return [x + i for i in range(3)], {i: x for i in range(2)}
print(f())
print([[(i, j) for j in range(i)] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
gen = ((a, b) for a in range(2) for b in "xy")
print(list(gen))
