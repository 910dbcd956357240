def cmd(c):
    match c.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {len(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "dance"]:
    print(c, "->", cmd(c))

def typed(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i}"
        case [int(), int()] as pair:
            return f"int pair {pair}"
        case {"k": [_, second]}:
            return f"second {second}"
        case (1, 2, *_):
            return "starts 1 2"
        case _:
            return "?"
for v in [True, 3, 2.5, [1, 2], {"k": [9, 8]}, (1, 2, 3, 4), "s"]:
    print(typed(v))
