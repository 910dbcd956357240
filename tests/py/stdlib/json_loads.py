import json
from collections import OrderedDict

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x\\"y\\u00e9\\ud83d\\ude00"}'))
print(json.loads('  [1, -2, 3.0e2, 1E-2, 0, -0.5]  '))
print(json.loads('123456789012345678901234567890'), json.loads('"\\n\\t\\/"'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads(b'{"bytes": true}'))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
bad = ['', '[', '{"a" 1}', '{"a": 1,}', '[1,]', '{a: 1}', '[1 2]', '"abc', '[1] x', 'tru', '{"a": 1', '"\\x"', '"a\nb"', '\n\n  {"a": x}', '{"a":1}}', '"\\u12"', '-', '[-]', '01']
for s in bad:
    try:
        json.loads(s)
        print('ok', repr(s))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print('TypeError:', e)
print(json.loads(json.dumps({'round': [1, 'trip', {'x': None}]})))
d = json.JSONDecoder()
print(d.decode('[1]'), d.raw_decode('{"a": 1} tail'))
print(json.loads('"é✓"'), json.loads('{"é": "ü"}'))
data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.99, 'stock': {'x': 1}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
