from . import util
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return util.PI * self.r * self.r
