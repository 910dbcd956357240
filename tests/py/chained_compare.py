log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3))
print(log)
log.clear()
print(v(3) < v(2) < v(1))
print(log)
x = 5
print(1 < x < 10, 1 < x > 10, 1 == 1 != 2)
print(0 <= x <= 5 <= 5)
a = [1]
print(a is a is not None, 1 in [1] in [[1]])
