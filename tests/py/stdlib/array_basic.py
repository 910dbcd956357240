# array: typecodes, conversion checks, methods, bytes, slicing, repr.
import array
from array import array as A

print(array.typecodes, A is array.ArrayType)
a = A("i", [1, 2, 3])
print(a, repr(A("d")), A("u", "hello"), A("f", [0.1, 2.5]), A("b", b"ab"), A("B", bytearray(b"\x01\xff")))
print(a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], a[::-1], list(a), 2 in a, 9 in a)
a.append(4)
a.extend([5, 6])
a.extend(A("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99)
print(a, a.index(3), a.count(3), a.index(5, 2, 6))
a.reverse()
print(a, a.tolist())
a[0] = 42
a[1:3] = A("i", [8, 8, 8])
del a[-1]
del a[::2]
print(a)
b = A("h", [1, -2, 300])
data = b.tobytes()
print(data, A("h", data) == b)
c = A("h")
c.frombytes(data)
c.byteswap()
print(c, c.tobytes())
print(A("q", [-1, 2 ** 63 - 1]).tobytes().hex(), A("Q", [2 ** 64 - 1]), A("d", [1.5]).tobytes(), A("f", [1.5]).tobytes())
u = A("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode(), u[1], u.itemsize)
print(A("i", [1, 2]) + A("i", [3]), A("b", [1]) * 3, 2 * A("b", [7]))
x = A("i", [1, 2])
x += A("i", [3])
x *= 2
print(x)
print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) < A("i", [1, 3]), A("i", [1]) == A("d", [1.0]),
      A("i", [1, 2]) >= A("i", [1]), A("i") == [])
for tc in "bBhHiIlLqQ":
    for v in (-1, 2 ** 64, 300, 70000, 2 ** 32):
        try:
            A(tc, [v])
        except OverflowError as e:
            print(tc, v, "OverflowError:", e)
bad = [lambda: A("i", [1.5]), lambda: A("d", ["x"]), lambda: A("u", [1]), lambda: A("z"), lambda: A("i", "ab"),
       lambda: x.extend(A("d")), lambda: x + [1], lambda: x.pop(50), lambda: A("i").pop(), lambda: x.remove(1000),
       lambda: x.index(1000), lambda: x.frombytes(b"abc"), lambda: x.__setitem__(slice(0, 1), [1]), lambda: x[50],
       lambda: hash(x), lambda: x.tounicode(), lambda: x.__setitem__(50, 1), lambda: x < 3]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
import copy
y = copy.copy(x)
y[0] = -5
print(x[0], y[0], sum(A("d", [0.5, 0.25])), sorted(A("i", [3, 1, 2])), A("f", [1 / 3])[0])
