class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))

def seq(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"

for s in [[], [1], [1, 2], [1, 2, 3, 4], (5, 6)]:
    print(seq(s))

def mapping(m):
    match m:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest.items())}"
        case _:
            return "unknown"

print(mapping({"type": "circle", "r": 2}))
print(mapping({"type": "rect", "w": 1, "h": 2}))
print(mapping({"type": "tri"}))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)
