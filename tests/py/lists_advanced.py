a = [5, 3, 8, 1]
b = sorted(a, reverse=True)
print(a, b, a.copy() == a, a[:] is a)
a.reverse()
print(a)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
print([x for x in range(3)] * 2, list(map(lambda x, y: x + y, [1, 2], [10, 20])))
a = [1, 2, 3]
a += [4]
a *= 2
print(a, a.count(1), len(a))
print(list(enumerate("abc", start=10)))
nested = [1, [2, [3, [4]]]]
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten(nested)))
print([1, 2, 3].index(3), 3 in [1, 2, 3], [] == [], [1] != [1])
l = list(range(10))
del l[::2]
print(l)
