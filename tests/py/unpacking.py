a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
[m, n] = (7, 8)
print(m, n)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
print([*range(3), *"ab"], (*[1], 2))
print({**{"a": 1}, "b": 2})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
