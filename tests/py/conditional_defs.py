import sys
if sys.version_info >= (3, 0):
    def version():
        return "py3"
else:
    def version():
        return "py2"
print(version())
for i in range(2):
    def f(i=i):
        return i * 10
    print(f())
try:
    def g():
        return "in try"
finally:
    pass
print(g())
class C:
    if True:
        def m(self):
            return "cond method"
print(C().m())
