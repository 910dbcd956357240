print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d")
print([] or [1], "" and "x", "a" and "b" and "c")
def t():
    print("t called")
    return True
def f():
    print("f called")
    return False
print(f() and t())
print(t() or f())
print(not 0, not 1, not None)
x = 0
y = x or 5
print(y)
