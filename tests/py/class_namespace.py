x = "global x"
class C:
    x = "class x"
    y = x + "!"
    items = [i * 2 for i in range(3)]
    def get_x(self):
        return x
print(C.y, C.items, C().get_x())
def make():
    v = "enclosing"
    class D:
        w = v
        def m(self):
            return v
    return D
D = make()
print(D.w, D().m())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
