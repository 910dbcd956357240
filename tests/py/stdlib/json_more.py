import json
from collections import OrderedDict
from dataclasses import dataclass, asdict
from enum import IntEnum

@dataclass
class Item:
    name: str
    qty: int
    tags: list

items = [Item('a', 1, ['x']), Item('b', 2, [])]
s = json.dumps([asdict(i) for i in items], indent=2)
print(s)
back = [Item(**d) for d in json.loads(s)]
print(back == items, back[0])

class Level(IntEnum):
    LOW = 1
print(json.dumps({'level': Level.LOW, 'od': OrderedDict([('z', 1), ('a', 2)])}))
print(json.dumps('\u2028\ud800', ensure_ascii=True), json.dumps('\u2028', ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00"') == '😀', len(json.loads('"\\ud83d"')))
print(json.dumps({'a': float('1e16'), 'b': 1e-7, 'c': 3.14, 'd': 2**64}))
print(json.loads('{"a": [1, 2, {"b": null}]}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {'wrapped': d}
print(json.loads('{"x": {"y": 1}}', cls=Decoder))
print(json.dumps([1, [2, [3, [4]]]], indent=1, separators=(',', ':')))
try:
    json.loads('{"a": 1}\n{"b": 2}')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno)
print(json.dumps("tab\there"), json.dumps({"k": "line\nbreak"}, ensure_ascii=False))
