class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class A(Base):
    pass
print(Registry.classes, type(A).__name__)
class Plugin:
    plugins = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.plugins.append(cls.__name__)
class P1(Plugin, tag="one"):
    pass
class P2(Plugin):
    pass
print(Plugin.plugins, P1.tag, P2.tag)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    size = Field()
m = Model()
print(m.size)
m.size = 5
print(m.size, Model.size.name)
