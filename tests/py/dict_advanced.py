d = dict(zip("abc", range(3)))
print(d, {v: k for k, v in d.items()})
d2 = d.copy()
d2["z"] = 26
print(len(d), len(d2), d == d2)
print(sorted(d2), list(reversed(list(d2))))
inv = {}
for k, v in [("x", 1), ("y", 1), ("z", 2)]:
    inv.setdefault(v, []).append(k)
print(inv)
print({**d, "a": 100}, d | {"q": 1})
print(d.popitem(), d)
d.clear()
print(d, bool(d))
keys = {1: "a", (1, 2): "tuple", "s": "str", None: "none", True: "bool-overrides-1"}
print(keys)
print(list({"b": 1, "a": 2}.items()), dict.fromkeys("ab", 0))
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
