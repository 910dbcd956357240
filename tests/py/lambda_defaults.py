fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
kw = lambda *, a=1, b=2: a - b
print(kw(), kw(b=10), kw(a=5, b=0))
print(sorted({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
