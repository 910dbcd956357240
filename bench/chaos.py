# Chaos game: iterate random affine maps on 2-D points implemented as a
# class with operator overloading; the random numbers come from our own LCG
# so the output is deterministic everywhere.


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next() / 2147483648.0

    def below(self, n):
        return (self.next() >> 16) % n


class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec2(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))


def chaos(iterations, width, height):
    rng = LCG(42)
    corners = [Vec2(0.0, 0.0), Vec2(1.0, 0.0), Vec2(0.5, 0.866), Vec2(0.2, 0.4)]
    weights = [0.5, 0.5, 0.5, 0.35]
    p = Vec2(rng.random(), rng.random())
    grid = [[0] * width for _ in range(height)]
    total = Vec2(0.0, 0.0)
    for _ in range(iterations):
        k = rng.below(4)
        c = corners[k]
        p = c + weights[k] * (p - c)
        total = total + p
        gx = int(p.x * (width - 1))
        gy = int(p.y * (height - 1))
        if 0 <= gx < width and 0 <= gy < height:
            grid[gy][gx] += 1
    filled = 0
    for row in grid:
        for v in row:
            if v:
                filled += 1
    return filled, abs(total)


filled, norm = chaos(400000, 64, 64)
print(filled, "%.6f" % norm)
