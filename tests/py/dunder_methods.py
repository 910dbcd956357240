class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, a == Vec(1, 2), a != b)
print(len(a), a[0], a[1], list(a), bool(Vec(0, 0)))
print(str(a), repr(b), [a, b])
print(sorted([b, a]), a < b, b > a)
print(len({a, Vec(1, 2)}))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, k=1):
        self.n += k
        return self.n
    def __contains__(self, x):
        return x == "yes"
c = Counter()
c(); c(5)
print(c.n, "yes" in c, "no" in c)
