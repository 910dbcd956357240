def f(x):
    return int(x)
print("before")
f("abc")
print("after")
