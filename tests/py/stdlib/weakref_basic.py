import weakref
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Node({self.name!r})'

def main():
    n = Node('a')
    r = weakref.ref(n)
    print(r() is n, r().name, weakref.getweakrefcount(n) >= 1, isinstance(r, weakref.ref))
    del n
    gc.collect()
    print(r())

    called = []
    m = Node('b')
    r2 = weakref.ref(m, lambda ref: called.append('dead'))
    del m
    gc.collect()
    print(r2(), called)

    try:
        weakref.ref(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        weakref.ref([])
    except TypeError as e:
        print('TypeError:', e)

    cache = weakref.WeakValueDictionary()
    x, y = Node('x'), Node('y')
    cache['x'] = x
    cache['y'] = y
    print(sorted(cache.keys()), cache['x'], len(cache), 'x' in cache)
    del x
    gc.collect()
    print(sorted(cache.keys()), len(cache), cache.get('x'))

    wk = weakref.WeakKeyDictionary()
    k1 = Node('k1')
    wk[k1] = 1
    print(len(wk), wk[k1], k1 in wk)
    del k1
    gc.collect()
    print(len(wk))

    ws = weakref.WeakSet()
    s1 = Node('s1')
    ws.add(s1)
    print(len(ws), s1 in ws)
    del s1
    gc.collect()
    print(len(ws))

    p_obj = Node('p')
    p = weakref.proxy(p_obj)
    print(p.name)
    del p_obj
    gc.collect()
    try:
        p.name
    except ReferenceError as e:
        print('ReferenceError:', e)

    f_obj = Node('f')
    fin = weakref.finalize(f_obj, print, 'finalized', 'f')
    print(fin.alive)
    del f_obj
    gc.collect()
    print(fin.alive)
    g = Node('g')
    weakref.finalize(g, print, 'at exit')
    print('end', y.name)

main()
