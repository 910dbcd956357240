def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(2, 3))

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))

order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)

def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
