def add(a, b):
    return a + b

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def noreturn():
    pass

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(add(1, 2), add("a", "b"))
print(fib(20))
print(noreturn())
print(fact(25))
print(add.__name__, fib.__qualname__)

def many(a, b, c, d, e):
    return a + b + c + d + e
print(many(1, 2, 3, 4, 5))
