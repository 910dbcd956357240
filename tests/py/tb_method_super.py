class Base:
    def run(self, x):
        return self.check(x)

    def check(self, x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        return x

class Child(Base):
    def run(self, x):
        return super().run(x) * 2

print(Child().run(2))
Child().run(-1)
