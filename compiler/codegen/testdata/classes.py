class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    @property
    def area(self):
        return self.size ** 2


sq = Square(3)
print(sq.describe(), sq.area)
