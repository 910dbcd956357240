l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, len(l))
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(l.pop(), l.pop(0), l)
l.remove(3)
print(l, l.index(2), l.count(2))
l[1:3] = ["a", "b", "c"]
print(l)
print(l[::-1], l[1:], l[:-1])
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print(list(range(5)), list("abc"), sorted(["b", "A", "c"], key=str.lower))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]))
e = []
print(e, bool(e), [None])
