s = {1, 2, 3}
t = {3, 4}
print(s | t, s & t, s - t, s ^ t)
s.add(10)
s.discard(1)
print(sorted(s), 2 in s, 1 in s, len(s))
print(set(), set([1, 1, 2]), frozenset([1, 2]))
print({1, 2} <= {1, 2, 3}, {1, 2} == {2, 1})
print(sorted({x * x for x in range(-3, 4)}))
