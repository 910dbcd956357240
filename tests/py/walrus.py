data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long", n)
vals = [y for x in data if (y := x * 2) > 4]
print(vals, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
def f():
    total = 0
    [(total := total + v) for v in range(5)]
    return total
print(f())
