def f(p):
    match p:
        case (x, y) if x == y:
            return f"diag {x}"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case (x, y):
            return f"point {x},{y}"
        case {"x": x, "y": y, **kw} if not kw:
            return f"dict {x},{y}"
        case {"x": x}:
            return f"partial {x}"
        case str(s) if len(s) > 3:
            return "long string"
        case [*_, last]:
            return f"last {last}"
    return "no match"
for v in [(1, 1), (5, 0), (0, 7), (2, 3), {"x": 1, "y": 2}, {"x": 1, "y": 2, "z": 3}, "hello", "hi", [1, 2, 3]]:
    print(repr(v), f(v))
