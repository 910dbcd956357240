class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
d = {K(1): "one"}
print(d[K(1)], K(1) in d, K(2) in d, K(1) == K(1), K(1) != K(2))
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a is a)
print(len({K(1), K(1), K(2)}))
