def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case str() as s:
            return "string " + s
        case _:
            return "other"

for v in [0, 1, 2, -5, "hello", None, True, "x", 3.5]:
    print(repr(v), describe(v))
