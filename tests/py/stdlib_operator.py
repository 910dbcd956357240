import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0), op.not_(1), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.getitem([1, 2, 3], 1), op.getitem("hello", slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l)
x = [1]
y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul("a", 3), op.iconcat([1], [2]))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2]), 5), op.length_hint(object(), 7))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__getitem__([5], 0), op.__not__(0))
g = op.itemgetter(1)
print(g, g([1, 2, 3]), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 5}))
class P:
    def __init__(self): self.a = 1; self.b = self
    def hello(self, name, punct="!"): return "hi " + name + punct
p = P()
ag = op.attrgetter("a")
print(ag, ag(p), op.attrgetter("a", "b.a")(p), op.attrgetter("b.b.a")(p))
mc = op.methodcaller("hello", "bob", punct="?")
print(mc, mc(p), op.methodcaller("upper")("abc"))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
print(op.call(max, 1, 5, 2))
for f, args in [(op.concat, (1, 2)), (op.indexOf, ([1], 5)), (op.add, (1, "a")), (op.attrgetter("zz"), (p,)), (op.itemgetter(5), ([1],))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    op.itemgetter()
except TypeError as e:
    print("TypeError", e)
