class A:
    x = 1
    def get(self):
        return self.x
class B(A):
    x = 2
b = B()
print(b.get(), A().get(), B.x, A.x)
B.x = 3
print(b.get())
b.x = 4
print(b.get(), B.x)
del b.x
print(b.get())
print(hasattr(A, "get"), "x" in B.__dict__, "get" in B.__dict__)
