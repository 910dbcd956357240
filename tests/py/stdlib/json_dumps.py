import json

print(json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'x"y\\z\n'}))
print(json.dumps([1, 2, 3], indent=2))
print(json.dumps({'b': 1, 'a': {'d': [], 'c': {}}}, indent=4, sort_keys=True))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps("héllo ✓ 😀"), json.dumps("héllo ✓ 😀", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(1.0), json.dumps(123456789012345678901234567890))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2))
print(json.dumps({'a': [1, {'b': 2}]}, indent='\t'))
print(json.dumps('\x00\x1f\x7f'))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps({'z': 1 + 2j}, cls=Enc))
print(Enc(indent=1).encode([1, 2j]))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print('TypeError:', e)
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
print(json.dumps({'k': 1}, indent=0))
print(json.dumps([1, 2], indent=2, separators=(', ', ' = ')))
class MyDict(dict):
    pass
class MyList(list):
    pass
class MyInt(int):
    pass
print(json.dumps(MyDict(a=MyList([MyInt(3)]))))
print(json.dumps(True), json.dumps(None), json.dumps('x'))
