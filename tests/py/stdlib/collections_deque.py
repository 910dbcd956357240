from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 3 in d, 42 in d)
d[1] = 'x'
del d[0]
print(d, d.count(5), d.index(5))
d.insert(2, 'ins')
d.remove('ins')
d.reverse()
print(d)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
print(deque(maxlen=0), deque())
print(list(reversed(deque('abc'))))
e = deque('ab') + deque('cd')
print(e, e * 2, e == deque('abcd'), e < deque('b'))
c = e.copy()
c.clear()
print(c, e, bool(c), bool(e))
try:
    deque().pop()
except IndexError as ex:
    print('IndexError:', ex)
try:
    deque([1]).remove(2)
except ValueError as ex:
    print('ValueError:', ex)
try:
    d = deque([1, 2])
    for x in d:
        d.append(3)
except RuntimeError as ex:
    print('RuntimeError:', ex)
try:
    deque([1])[5]
except IndexError as ex:
    print('IndexError:', ex)
q = deque()
for i in range(5):
    q.append(i)
while q:
    print(q.popleft(), end=' ')
print()
class D(deque):
    pass
dd = D([1, 2])
print(dd, isinstance(dd, deque), type(dd).__name__)
try:
    hash(deque())
except TypeError as ex:
    print('TypeError:', ex)
