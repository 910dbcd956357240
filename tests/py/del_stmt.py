x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
l = [0, 1, 2, 3, 4]
del l[1], l[-1]
print(l)
del l[0:2]
print(l)
class O:
    pass
o = O()
o.a = 1
del o.a
print(hasattr(o, "a"))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
