from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(3), c.most_common())
print(c['a'], c['z'], len(c))
print(sorted(c.elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaa')
print(c, c.total())
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(+b, -b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(2))
del wc['the']
del wc['missing']
print(wc['the'], 'the' in wc)
print(Counter(), Counter({'x': 2, 'y': 5}))
x = Counter(a=2)
x += Counter(a=1, b=-5)
print(x)
print(dict(Counter('hello')), isinstance(c, dict))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(sum(Counter('aab').values()), list(Counter('cba').keys()))
