def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
class C:
    def m(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(C.m.__qualname__, C().m().__qualname__, C.Inner.deep.__qualname__)
print((lambda: 0).__qualname__)
