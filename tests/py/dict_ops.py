d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "z" in d)
d.update({"d": 4}, e=5)
print(d)
print(d.pop("a"), d.setdefault("f", 6), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(dict(a=1, b=2), dict([(1, 2)]), {1: "int", 1.0: "float"})
print(sorted({3: 1, 1: 2}.items()))
nested = {"x": {"y": [1, 2]}}
nested["x"]["y"].append(3)
print(nested)
