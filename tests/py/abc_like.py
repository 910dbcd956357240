class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
shapes = [Sq(2), Shape()]
for sh in shapes:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
