class Config:
    defaults = {"debug": False}
    count = 0
    def __init__(self, **kw):
        Config.count += 1
        self.opts = dict(self.defaults)
        self.opts.update(kw)
    def __repr__(self):
        return f"Config({self.opts})"
    def __str__(self):
        return "config"
c = Config(debug=True)
print(repr(c), str(c), Config.count, c.count)
print(Config.__dict__["count"], "opts" in c.__dict__)
c.count = 99
print(c.count, Config.count)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(c).__name__, c.__class__.__name__, Config.__module__)
