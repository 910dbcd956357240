class Num(int):
    def double(self):
        return self * 2
n = Num(21)
print(n, n.double(), n + 1, type(n + 1).__name__, isinstance(n, int))
class Name(str):
    def shout(self):
        return self.upper() + "!"
print(Name("bob").shout(), Name("x") == "x", len(Name("abc")))
