class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def __iter__(self):
        return self.walk()

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
print([v * 10 for v in t])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()))
g = (i for i in range(3))
print(type(g).__name__, list(zip(g, "ab")))
