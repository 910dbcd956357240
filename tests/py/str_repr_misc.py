l = [1, 2]
l.append(l)
print(l)
d = {"k": "v", 1: [None, True]}
print(d, str(d), repr("a\nb"), repr("tab\t"), repr("\x00"))
print(repr(1e100), repr(1.5e-10), repr(0.1), repr(100.0), repr(1e16))
print(str(()), str((1,)), str([]), str({}), str(set()))
print(repr('\''), repr("\\"), "é", repr("é"), ascii("é"))
class R:
    pass
print(repr(R)[:16], str(R())[:10])
print(f"{3.0}", f"{10**20}", f"{-0.0}", f"{2.5:g}")
