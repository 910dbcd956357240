from collections import defaultdict, OrderedDict

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd)
print(dd['zz'], len(dd), dict(dd))
ic = defaultdict(int)
for ch in 'mississippi':
    ic[ch] += 1
print(sorted(ic.items()), ic.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(n, isinstance(dd, dict))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']))
cp = ic.copy()
print(type(cp).__name__, cp == ic, cp.default_factory is int)
print(dd.get('nope'), 'nope' in dd)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od)
od.move_to_end('x')
print(list(od))
od.move_to_end('z', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([('a', 1), ('b', 2)])
b = OrderedDict([('b', 2), ('a', 1)])
print(a == b, dict(a) == dict(b), a == {'b': 2, 'a': 1}, a != b)
print(OrderedDict(), list(reversed(a)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
print(OrderedDict.fromkeys('abc', 0))
c = a.copy()
c['q'] = 9
print(c, a)
