class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C:
    def __str__(self):
        return "C-str"
print(str(B()), repr(B()), [B()], str(C()), f"{C()}", "%s" % C())
print(repr(A).startswith("<class '"), A.__name__, A.__module__)
print(str(C()) + "!", format(C()), f"{B()!r}")
