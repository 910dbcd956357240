g = (x * 2 for x in range(5))
print(next(g), next(g))
print(list(g))
print(list(g))
log = []
def f(x):
    log.append(x)
    return x
g2 = (f(x) for x in range(3))
print(log)
print(next(g2), log)
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
