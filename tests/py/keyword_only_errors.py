def f(a, *, b):
    return a, b
for call in [lambda: f(1, b=2), lambda: f(1), lambda: f(1, 2), lambda: f(a=1, b=2, c=3)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
