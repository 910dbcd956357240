# A class-heavy particle simulation: attribute access, method calls, objects.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)


class World:
    def __init__(self, n):
        self.particles = [Particle(Vec(i % 100, (i * 7) % 100), Vec((i % 5) - 2, (i % 3) - 1)) for i in range(n)]

    def run(self, steps):
        for _ in range(steps):
            for p in self.particles:
                p.step(0.5)

    def checksum(self):
        s = 0.0
        for p in self.particles:
            s += p.pos.x + p.pos.y
        return s


w = World(1000)
w.run(800)
print("%.3f" % w.checksum())
