name = "pygo"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:x} {n:08b}")
print(f"{pi:.2f} {pi:10.3f} {pi!r} {name!r} {name!s}")
w = 8
print(f"{name:>{w}}|")
print(f"{n + 1} {[1, 2][0]} {'q'}")
print(f"{{literal}} {n}")
d = {"a": 1}
print(f"{d['a']}")
