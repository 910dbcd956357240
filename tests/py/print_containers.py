print([1, "a", 2.5, None, True, (1,), [], {}])
print({"k": [1, {"n": (2, 3)}]}, (("nested",),))
print([0.1, 1e-5, 1e22, float("inf")], [-0.0, 2.0])
print(set(), frozenset(), {1}, frozenset({2}))
