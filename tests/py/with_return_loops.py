class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
def f():
    for i in range(5):
        with CM(i) as v:
            try:
                if v == 2:
                    return "returned at 2"
            finally:
                print("finally", v)
print(f())
def g():
    while True:
        with CM("w"):
            break
    return "after break"
print(g())
def h():
    try:
        with CM("h"):
            raise KeyError("k")
    except KeyError:
        return "caught k"
    finally:
        print("h finally")
print(h())
