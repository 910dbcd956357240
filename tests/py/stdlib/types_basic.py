import types

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns))
del ns.a
print(ns, hasattr(ns, 'a'))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
def g():
    yield 1
print(isinstance(g(), types.GeneratorType), type(None) is types.NoneType)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), 'k' in mp)
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError:', e)
m = types.ModuleType('mymod')
m.x = 3
print(m.__name__, m.x)
print(types.SimpleNamespace(), isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
