cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: [1][5],
    lambda: {}["k"],
    lambda: None.attr,
    lambda: "a" + 1,
    lambda: int("zz"),
    lambda: [].pop(),
    lambda: undefined,
    lambda: len(5),
    lambda: 1 < "a",
    lambda: object().x,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
