def kind(v):
    match v:
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case b"bytes":
            return "bytes"
        case "a" | "b":
            return "a or b"
        case False:
            return "false"
        case _:
            return "other"
for v in [-1, 1.5, 2 + 3j, b"bytes", "b", False, 0, None]:
    print(repr(v), kind(v))
