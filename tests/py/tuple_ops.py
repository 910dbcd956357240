t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((1,), (), tuple([1, 2]), tuple("ab"))
print(t.index(2), t.count(1), 2 in t, (1, 2) < (1, 3))
a, b, c = t
print(a + b + c)
print(hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, 4))
print(nested[1][0])
