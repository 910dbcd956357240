from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, defaultdict, Counter, deque
import collections

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.get('x', 0), 'color' in cm)
cm['new'] = 1
print(env, cm.maps[1] is defaults, cm)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], dict(child) == {'user': 'child', 'new': 1, 'color': 'red'})
try:
    del cm['color']
except KeyError as e:
    print('KeyError:', e)

class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper(a=1)
u['b'] = 2
print(u, u.data, len(u), 'A' in u, u.get('Z', 'none'), isinstance(u, collections.abc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9], 2 in ul, ul.pop(), ul)
us = UserString('hello')
print(us.upper(), us + ' world', len(us), us[1:3], 'ell' in us)
print(type(collections.OrderedDict()).__module__, defaultdict.__name__, Counter.__module__, deque.__module__)
