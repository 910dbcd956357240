# iter(callable, sentinel), next() with a default, enumerate start, zip
# strict, reversed() protocols and map/filter with None.
import io

# iter(callable, sentinel) stops when the callable returns the sentinel.
stream = io.StringIO("line one\nline two\nline three\n")
for line in iter(stream.readline, ""):
    print(repr(line))

data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]


def read_one():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(read_one, 9)), pos[0])

counter = iter(lambda: len(seen), 3)
seen = []
for n in counter:
    seen.append(n)
print(seen)
print(list(counter))  # exhausted for good


class Blocks:
    def __init__(self, payload, size):
        self.payload, self.size, self.off = payload, size, 0

    def read(self):
        chunk = self.payload[self.off:self.off + self.size]
        self.off += self.size
        return chunk


b = Blocks(b"abcdefghij", 3)
print([c for c in iter(b.read, b"")])
it = iter(int, 1)  # int() is 0 forever, so take a few
print(next(it), next(it), type(it).__name__)


def raising():
    raise StopIteration


print(list(iter(raising, None)))

try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

# next() with and without a default.
g = (x * x for x in range(3))
print(next(g), next(g), next(g), next(g, "done"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "empty"), next(iter("ab")), next(iter({"k": 1})))

# enumerate with start.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate("xy", 10**20)))
for i, ch in enumerate("hey", start=100):
    print(i, ch, end="; ")
print()
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
try:
    enumerate("a", "1")
except TypeError as err:
    print("TypeError:", err)
try:
    enumerate(3)
except TypeError as err:
    print("TypeError:", err)

# zip, strict or not.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("ab")))
print(list(zip([1, 2], "ab", (True, False), strict=True)))
print(dict(zip("abc", range(3), strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", "abc"), ([1, 2, 3], "abc", "ab"), ("ab", "a", "abc")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
z = zip([1, 2, 3], [4, 5], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as err:
    print("ValueError:", err)
try:
    zip(1, [2])
except TypeError as err:
    print("TypeError:", err)


# reversed() with __reversed__, and with __len__ + __getitem__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __reversed__(self):
        return iter(range(self.n, 0, -1))


class Seq:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


class OnlyIter:
    def __iter__(self):
        return iter([1])


class NoReverse:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


print(list(Countdown(4)), list(reversed(Countdown(4))))
print(list(reversed(Seq("a", "b", "c"))))
r = reversed(Seq(1, 2))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
for obj in [OnlyIter(), NoReverse(), 5, {1, 2}]:
    try:
        reversed(obj)
    except TypeError as err:
        print("TypeError:", err)

# map and filter, including filter(None, ...).
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])))
print(list(filter(lambda s: s.isupper(), "aBcDe")), list(filter(str.isdigit, ["1", "a", "22"])))
print(list(map(None.__class__, [])), list(map(str.upper, "ab")), list(map(pow, [2, 3], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
try:
    list(map(None, [1, 2]))
except TypeError as err:
    print("TypeError:", err)
try:
    map(len)
except TypeError as err:
    print("TypeError:", err)
try:
    filter(None, 5)
except TypeError as err:
    print("TypeError:", err)
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as err:
    print("ValueError:", err)
print(next(m))
f = filter(None, iter([0, 0, 7, 0, 8]))
print(next(f), list(f))
