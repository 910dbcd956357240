for x in [1, 2, 3]:
    print(x)
for x in (4, 5):
    print(x)
for c in "hi":
    print(c)
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for i, v in enumerate(["x", "y"]):
    print(i, v)
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for x in reversed([1, 2, 3]):
    print(x)
for x in sorted([3, 1, 2]):
    print(x)
