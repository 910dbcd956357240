"""Pygo's own implementation of the enum module, compiled to Go by pygoc
(see gen.go): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique,
member/nonmember, the functional API, with CPython 3.11's reprs and
messages.

Pygo's class bodies fill a plain dict (a metaclass's __prepare__ cannot
intercept assignments), so members are found when the class is created:
every attribute whose name is not a _sunder_ or __dunder__ and whose
value is not a descriptor (function, property, classmethod, ...) is a
member; a name assigned twice in the body keeps its last value instead of
raising.
"""

import sys

_bltin_property = property
Flag = None
Enum = None
ReprEnum = None

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary",
           "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr",
           "global_str", "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name",
           "pickle_by_enum_name"]

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class property:
    """A property for enum members (name, value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum {type(instance).__mro__[-2].__name__!r}> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum {type(instance).__mro__[-2].__name__!r}> cannot delete attribute {self.name!r}")


class FlagBoundary:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name, self._name.lower())


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")
CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
UNIQUE = "one name per value"


class EnumCheck:
    CONTINUOUS = CONTINUOUS
    NAMED_FLAGS = NAMED_FLAGS
    UNIQUE = UNIQUE


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("_")


def _is_descriptor(obj):
    t = type(obj)
    if t.__name__ in ("function", "builtin_function_or_method", "classmethod", "staticmethod", "property",
                      "method_descriptor", "cached_property", "partialmethod"):
        return True
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _power_of_two(value):
    if value < 1:
        return False
    return value & (value - 1) == 0


def _bits(n):
    bits = []
    b = 1
    while b <= n:
        if n & b:
            bits.append(b)
        b <<= 1
    return bits


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # find the members, in definition order
        members = []
        body = {}
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key, value in list(classdict.items()):
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
                continue
            if isinstance(value, type) and value.__qualname__.startswith(classdict.get("__qualname__", cls) + "."):
                body[key] = value
                continue
            members.append((key, value))
        if members:
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        if Enum is not None:
            if "__new__" in body:
                body["__new_member__"] = body["__new__"]
            body["__new__"] = Enum.__dict__["__new__"]
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_new_member_"] = None
        if boundary is not None:
            body["_boundary_"] = boundary
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # member creation
        use_new = "__new__" in classdict and classdict["__new__"] is not None
        custom_new = classdict.get("__new__") if use_new else None
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                n = base.__dict__.get("__new_member__")
                if n is not None:
                    custom_new = n
                    break
        gnv = getattr(enum_class, "_generate_next_value_")
        last_values = []
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(name, 1, len(last_values), last_values[:])
                value = value.value
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                enum_member = custom_new(enum_class, *args)
            elif member_type is object:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not hasattr(enum_member, "_value_"):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member._sort_order_ = len(enum_class._member_names_)
            init = getattr(enum_class, "__init__", None)
            if init is not None and init is not object.__init__ and member_type is object:
                enum_member.__init__(*args)
            last_values.append(value)
            # aliases
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None and not (is_flag and False):
                enum_member = canonical
            else:
                if not is_flag or _power_of_two(value if isinstance(value, int) else 0) or not isinstance(value, int):
                    enum_class._member_names_.append(name)
                elif is_flag and isinstance(value, int) and value == 0:
                    enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, enum_member)
        # the repr/str/format of the enum, not of the data type
        if member_type is not object and first_enum is not None and Enum is not None:
            if ReprEnum is not None and ReprEnum in bases:
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", member_type.__dict__.get("__format__", Enum.__dict__["__format__"]))
                if "__str__" not in classdict:
                    m = member_type.__dict__.get("__str__")
                    if m is None or member_type in (int, float):
                        m = member_type.__dict__.get("__repr__")
                    type.__setattr__(enum_class, "__str__", m)
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                owner = None
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        owner = klass
                        break
                if owner is None or not isinstance(owner, EnumType):
                    for klass in first_enum.__mro__:
                        if name in klass.__dict__:
                            type.__setattr__(enum_class, name, klass.__dict__[name])
                            break
        if is_flag:
            all_bits = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    all_bits |= m._value_
            enum_class._flag_mask_ = all_bits
            enum_class._all_bits_ = all_bits
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("cannot delete member %r." % attr)
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_bltin_property
    def __members__(cls):
        try:
            return type(type.__dict__)(cls._member_map_)
        except TypeError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        names = list(names) if not isinstance(names, dict) else names
        if isinstance(names, list) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        member_type = object
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
                if base.__name__ in ("int", "str", "float"):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum



EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _flag_name(cls, value):
    names = []
    covered = 0
    for name in cls._member_names_:
        m = cls._member_map_[name]
        v = m._value_
        if v and v & value == v:
            names.append(name)
            covered |= v
    if not names:
        return None
    if covered != value:
        names.append(str(value & ~covered))
    return "|".join(names)


class Flag(Enum):
    """Support for flags."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length()
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls.__dict__.get("_flag_mask_", 0)
        if value < 0:
            value = value & mask if cls._boundary_ is not KEEP else value
        if cls._boundary_ is STRICT and value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = _flag_name(cls, value)
        pseudo._sort_order_ = -1
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            m = self.__class__._member_map_[name]
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        mask = self.__class__.__dict__.get("_flag_mask_", 0)
        return self.__class__(mask ^ self._value_ & mask)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(int(self._value_) | int(v))

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(int(self._value_) & int(v))

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(int(self._value_) ^ int(v))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        mask = self.__class__.__dict__.get("_flag_mask_", 0)
        return self.__class__(mask ^ self._value_ & mask)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    return cls


def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return "%s.%s" % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
