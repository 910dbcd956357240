x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(e)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
def h():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return str(e)
    z = 1
print(h())
