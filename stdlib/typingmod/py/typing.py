"""Support for type hints (Pygo's own implementation of typing).

Compiled to Go by pygoc (see gen.go). The names are usable at run time as
in CPython (subscription, repr, get_origin/get_args, NamedTuple and
TypedDict class syntax, Generic, Protocol with runtime_checkable); the
checks a static type checker does are not made.
"""

import collections
import collections.abc
from abc import ABCMeta, abstractmethod

__all__ = ["Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal", "Optional",
           "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "ByteString",
           "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
           "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence",
           "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
           "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs",
           "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt",
           "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
           "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO",
           "IO", "Match", "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast",
           "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin",
           "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType",
           "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
           "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable",
           "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack", "Annotated",
           "Concatenate", "TypeVarTuple"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if type(obj).__name__ == "function":
        return obj.__qualname__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _flatten_union(params):
    out = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif type(p).__name__ == "UnionType":
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in out:
                out.append(q)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(Union, params)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


def _classvar_getitem(self, parameters):
    return _GenericAlias(self, (_type_check(parameters),))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


def _concat_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _classvar_getitem)
Final = _SpecialForm("Final", _classvar_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
TypeGuard = _SpecialForm("TypeGuard", _classvar_getitem)
Required = _SpecialForm("Required", _classvar_getitem)
NotRequired = _SpecialForm("NotRequired", _classvar_getitem)
Unpack = _SpecialForm("Unpack", _classvar_getitem)
Concatenate = _SpecialForm("Concatenate", _concat_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a) for a in args)
        self._name = name
        self._inst = inst
        params = []
        for a in self.__args__:
            if isinstance(a, TypeVar) and a not in params:
                params.append(a)
            for p in getattr(a, "__parameters__", ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f"{name}[()]"
        return "{}[{}]".format(name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in bases and isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic) is False:
                pass
        return tuple(res)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self}; actual {len(args)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, args))
        new_args = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                new_args.append(subst[a])
            elif isinstance(a, _GenericAlias) and a.__parameters__:
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr == "_name":
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        super().__init__(origin, args, "Union", inst)

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[{}]".format(", ".join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = "Literal"
        self._inst = False
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[{}]".format(", ".join(repr(a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata
        self.__origin__ = origin

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias such as List: List[int] subscripts list."""

    def __init__(self, origin, nparams, name, inst=True, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return "typing.Callable[[{}], {}]".format(", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name="Callable")


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            params = (..., result)
        else:
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
            params = tuple(args) + (result,)
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, name="Tuple")


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__.capitalize(), inst)


cabc = collections.abc
Hashable = _alias(cabc.Hashable, 0, "Hashable")
Awaitable = _alias(cabc.Awaitable, 1, "Awaitable")
Coroutine = _alias(cabc.Coroutine, 3, "Coroutine")
AsyncIterable = _alias(cabc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _alias(cabc.AsyncIterator, 1, "AsyncIterator")
Iterable = _alias(cabc.Iterable, 1, "Iterable")
Iterator = _alias(cabc.Iterator, 1, "Iterator")
Reversible = _alias(cabc.Reversible, 1, "Reversible")
Sized = _alias(cabc.Sized, 0, "Sized")
Container = _alias(cabc.Container, 1, "Container")
Collection = _alias(cabc.Collection, 1, "Collection")
Callable = _CallableType(cabc.Callable, 2, "Callable")
AbstractSet = _alias(cabc.Set, 1, "AbstractSet")
MutableSet = _alias(cabc.MutableSet, 1, "MutableSet")
Mapping = _alias(cabc.Mapping, 2, "Mapping")
MutableMapping = _alias(cabc.MutableMapping, 2, "MutableMapping")
Sequence = _alias(cabc.Sequence, 1, "Sequence")
MutableSequence = _alias(cabc.MutableSequence, 1, "MutableSequence")
ByteString = _alias(cabc.ByteString, 0, "ByteString")
Tuple = _TupleType(tuple, -1, "Tuple", inst=False)
List = _alias(list, 1, "List", inst=False)
Deque = _alias(collections.deque, 1, "Deque")
Set = _alias(set, 1, "Set", inst=False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", inst=False)
MappingView = _alias(cabc.MappingView, 1, "MappingView")
KeysView = _alias(cabc.KeysView, 1, "KeysView")
ItemsView = _alias(cabc.ItemsView, 2, "ItemsView")
ValuesView = _alias(cabc.ValuesView, 1, "ValuesView")
Dict = _alias(dict, 2, "Dict", inst=False)
DefaultDict = _alias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2, "OrderedDict")
Counter = _alias(collections.Counter, 1, "Counter")
ChainMap = _alias(collections.ChainMap, 2, "ChainMap")
Generator = _alias(cabc.Generator, 3, "Generator")
AsyncGenerator = _alias(cabc.AsyncGenerator, 2, "AsyncGenerator")
Type = _alias(type, 1, "Type", inst=False)
ContextManager = _alias(object, 1, "ContextManager")
AsyncContextManager = _alias(object, 1, "AsyncContextManager")
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t) for t in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError("Parameters to Generic[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)


_SPECIAL_NAMES = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
                  "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
                  "__qualname__", "__orig_bases__", "__parameters__", "_is_protocol", "_is_runtime_protocol",
                  "__init_subclass__", "__protocol_attrs__", "__classcell__"}


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        for attr in names:
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    if not (isinstance(cls, type) and getattr(cls, "_is_protocol", False)):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    key = getattr(func, "__qualname__", None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {"eq_default": eq_default, "order_default": order_default,
                                             "kw_only_default": kw_only_default,
                                             "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _GenericAlias) and isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        if type(tp).__name__ == "UnionType":
            import types
            return types.UnionType
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of obj (string annotations are not evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = value
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        return {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        hints[name] = value
    return hints


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__", "__doc__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types.keys()),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns.get("__module__", "__main__"))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


class _NamedTupleFactory:
    """NamedTuple: a function, and a base for the class syntax (a callable
    object with __mro_entries__, since Pygo looks __mro_entries__ up on
    the type)."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = collections.namedtuple(typename, [n for n, t in fields])
        nm_tpl.__annotations__ = {n: t for n, t in fields}
        return nm_tpl

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for k, v in own.items():
            r = repr(v)
            if r.startswith("typing.Required["):
                required.add(k)
            elif r.startswith("typing.NotRequired["):
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


class _TypedDictFactory:
    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {"__annotations__": dict(fields), "__module__": "__main__"}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class IO(Generic[AnyStr]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


Pattern = _alias(type(None), 1, "Pattern")
Match = _alias(type(None), 1, "Match")
