for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
(a, b), c = "xy", 3
print(a, b, c)
first, *_, last = range(10)
print(first, last)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = y = z = 0
print(x, y, z)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O: pass
o = O()
o.p, o.q = "pq"
print(o.p, o.q)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
head, *tail = "abc"
print(head, tail)
print(*[1, 2], *"ab", sep="|")
def ret():
    return 1, 2
p, q = ret()
print(p + q)
