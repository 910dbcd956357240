# pprint: pformat/pprint of nested containers, widths, sorting, depth.
import pprint

data = {"b": [1, 2, 3], "a": {"x": (1, 2), "y": None}, "c": "text"}
pprint.pprint(data)
print(pprint.pformat(data, width=30))
big = {"key%d" % i: list(range(i)) for i in range(8)}
pprint.pprint(big)
pprint.pprint(big, width=60, indent=4)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([{"name": "alpha", "values": [1.5, 2.5]}, {"name": "beta", "values": []}] * 3)
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset({3, 1}))
pprint.pprint(set(range(30)), width=40)
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
pprint.pprint(("single" * 15,))
pprint.pprint("word " * 30)
pprint.pprint({"nested": {"deeper": {"deepest": [1, 2, {"k": "v"}]}}}, depth=2)
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat(123456789, underscore_numbers=True))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, 2]), pprint.isreadable(object()))
print(pprint.saferepr({"b": 1, "a": [1, 2]}))
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(["alpha", "beta", "gamma", "delta"]))
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 2, width=25)
