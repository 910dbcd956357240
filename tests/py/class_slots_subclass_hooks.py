# __slots__, __init_subclass__, __class_getitem__ and __set_name__.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, Point.__slots__, hasattr(p, "__dict__"), "__dict__" in dir(p))
print(type(Point.x).__name__, Point.x.__name__, Point.x.__get__(p), Point.x.__objclass__ is Point)
for attr, val in [("z", 3), ("__dict__", {})]:
    try:
        setattr(p, attr, val)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

# An unset slot raises AttributeError; del empties it.
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.x = 5
del q.x
try:
    del q.x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(q, "x"), getattr(q, "y", "unset"))


# A single string is one slot; __dict__ and __weakref__ may be slots.
class One:
    __slots__ = "value"


class WithDict:
    __slots__ = ("a", "__dict__")


o = One()
o.value = 1
print(One.__slots__, o.value)
wd = WithDict()
wd.a = 1
wd.extra = 2
print(wd.a, wd.extra, wd.__dict__)


# Subclasses without __slots__ get a __dict__ again.
class Point3(Point):
    pass


p3 = Point3(1, 2)
p3.z = 3
print(p3, p3.z, p3.__dict__)


# Subclasses with __slots__ add to the parent's.
class Point4(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p4 = Point4(1, 2, 3)
print(p4.x, p4.y, p4.z, Point4.__slots__, hasattr(p4, "__dict__"))
try:
    p4.w = 4
except AttributeError as e:
    print("AttributeError:", e)


# A slot conflicting with a class attribute is an error.
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)


# Class attributes on slotted classes are read-only through instances.
class Config:
    __slots__ = ("name",)
    default = "d"


c = Config()
print(c.default)
try:
    c.default = "x"
except AttributeError as e:
    print("AttributeError:", e)


# __init_subclass__ with keyword arguments: a plugin registry.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority)


class Json(Plugin, name="json", priority=10):
    pass


class Yaml(Plugin):
    pass


class StrictJson(Json, priority=20):
    pass


print(sorted(Plugin.registry), Json.priority, StrictJson.plugin_name, StrictJson.priority)
print("plugin_name" in Plugin.__dict__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls):
        print("Base.__init_subclass__", cls.__name__, cls.__mro__[1].__name__)


class Mid(Base):
    pass


class Leaf(Mid):
    pass


print(type(Base.__dict__["__init_subclass__"]).__name__)


# __class_getitem__ makes Cls[...] work.
class Box:
    def __class_getitem__(cls, item):
        shown = item.__name__ if isinstance(item, type) else repr(item)
        return f"{cls.__name__}[{shown}]"


class SubBox(Box):
    pass


print(Box[int], Box["x"], SubBox[str], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Point[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


# __set_name__ is called for descriptors at class creation.
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, f"<no {self.name}>")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, not {type(value).__name__}")
        setattr(obj, self.private, value)


class Record:
    age = Field()
    height = Field()

    def __init__(self, age):
        self.age = age


r = Record(30)
print(r.age, r.height, Record.age.name, Record.height.private)
try:
    r.height = "tall"
except TypeError as e:
    print("TypeError:", e)
r.height = 180
print(r.height, sorted(vars(r)))

# __set_name__ is not called for attributes added after class creation.
f = Field()
Record.weight = f
print(hasattr(f, "name"))


class Slotted:
    __slots__ = ("_v",)
    v = Field()


s = Slotted()
s.v = 4
print(s.v, s._v)


# Errors from __set_name__ propagate.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope: " + name)


try:
    class Owner:
        attr = Broken()
except Exception as e:
    print(type(e).__name__ + ":", e, type(e.__cause__).__name__ if e.__cause__ else None)
