"""Mock object library (Pygo's unittest.mock: the commonly used core).

Mock and MagicMock record their calls (call_args, call_args_list,
mock_calls, method_calls) and create child mocks on attribute access;
return_value, side_effect (exception, iterable or callable), wraps, spec
and name work as in CPython, with its assertion messages. patch,
patch.object and patch.dict work as decorators and context managers.
"""

import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'PropertyMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'seal', 'mock_open')


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """A helper object that compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(object):
    """A call: (name, args, kwargs), compared with other calls or with
    (args, kwargs) tuples."""
    __module__ = 'unittest.mock'

    def __init__(self, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        self._mock_name = name
        self._mock_args = tuple(args)
        self._mock_kwargs = dict(kwargs)
        self._mock_parent = parent
        self._mock_two = two
        self._mock_from_kall = from_kall

    @property
    def args(self):
        return self._mock_args

    @property
    def kwargs(self):
        return self._mock_kwargs

    def _tuple(self):
        if self._mock_two:
            return (self._mock_args, self._mock_kwargs)
        return (self._mock_name, self._mock_args, self._mock_kwargs)

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return len(self._tuple())

    def __iter__(self):
        return iter(self._tuple())

    def __eq__(self, other):
        if other is ANY:
            return True
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._mock_name, other._mock_args, other._mock_kwargs
        else:
            try:
                len_other = len(other)
            except TypeError:
                return NotImplemented
            other_name = ''
            if len_other == 0:
                other_args, other_kwargs = (), {}
            elif len_other == 3:
                other_name, other_args, other_kwargs = other
            elif len_other == 1:
                value, = other
                if isinstance(value, tuple):
                    other_args, other_kwargs = value, {}
                elif isinstance(value, str):
                    other_name, other_args, other_kwargs = value, (), {}
                else:
                    other_args, other_kwargs = (), value
            elif len_other == 2:
                first, second = other
                if isinstance(first, str):
                    other_name = first
                    if isinstance(second, tuple):
                        other_args, other_kwargs = second, {}
                    else:
                        other_args, other_kwargs = (), second
                else:
                    other_args, other_kwargs = first, second
            else:
                return False
        if self._mock_name and other_name and self._mock_name != other_name:
            return False
        return (tuple(other_args), dict(other_kwargs)) == (self._mock_args, self._mock_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if self._mock_two:
            name = 'call'
        else:
            name = self._mock_name
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, self._mock_args, self._mock_kwargs)


call = _Call(from_kall=False)
call._mock_name = None


class _CallList(list):
    __module__ = 'unittest.mock'

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        return '[' + ', '.join(repr(c) for c in self) + ']'


def _spec_names(spec):
    names = set()
    if isinstance(spec, (list, tuple)) and all(isinstance(x, str) for x in spec):
        return set(spec)
    klass = spec if isinstance(spec, type) else type(spec)
    for k in klass.__mro__:
        names.update(k.__dict__.keys())
    if not isinstance(spec, type):
        try:
            names.update(vars(spec).keys())
        except TypeError:
            pass
    return names


class NonCallableMock(object):
    """A non-callable version of Mock."""
    __module__ = 'unittest.mock'

    def __new__(cls, *args, **kw):
        # Each mock gets a class of its own, so that magic methods can be
        # configured per instance.
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 return_value=DEFAULT, side_effect=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = return_value
        if side_effect is not None and not callable(side_effect) and not isinstance(side_effect, BaseException):
            try:
                side_effect = iter(side_effect)
            except TypeError:
                pass
        d['_mock_side_effect'] = side_effect
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
        d['_spec_class'] = None
        d['_spec_set'] = spec_set is not None
        d['_mock_methods'] = None
        if spec is not None:
            d['_mock_methods'] = _spec_names(spec)
            if isinstance(spec, type):
                d['_spec_class'] = spec
            elif not isinstance(spec, (list, tuple)):
                d['_spec_class'] = type(spec)
        if kwargs:
            self.configure_mock(**kwargs)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            klass = MagicMock
        elif not issubclass(klass, CallableMixin):
            klass = Mock if not issubclass(klass, MagicMixin) else MagicMock
        if self._mock_sealed:
            attribute = "." + kw["name"] if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        return klass(**kw)

    def __get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def __set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(__get_return_value, __set_return_value)

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(__get_side_effect, __set_side_effect)

    called = property(lambda self: self._mock_called)
    call_count = property(lambda self: self._mock_call_count)
    call_args = property(lambda self: self._mock_call_args)
    call_args_list = property(lambda self: self._mock_call_args_list)
    mock_calls = property(lambda self: self._mock_mock_calls)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(
                "%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute." % (name, name))
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    def __setattr__(self, name, value):
        if (self._spec_set and self._mock_methods is not None and
                name not in self._mock_methods and name not in self.__dict__ and
                not name.startswith('_mock')):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics:
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                value.__dict__['_mock_parent'] = None
                value.__dict__['_mock_new_parent'] = self
                value.__dict__['_mock_new_name'] = name
                value.__dict__['_mock_name'] = name
                setattr(type(self), name, _MagicProxy(name))
            self._mock_children[name] = value
            return None
        if name in ('return_value', 'side_effect', '__class__') or name.startswith('_mock') \
                or name in ('method_calls', '_spec_class', '_spec_set'):
            return object.__setattr__(self, name, value)
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_name'] = name
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            self._mock_children[name] = value
            return None
        self._mock_children.pop(name, None)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__:
            object.__delattr__(self, name)
        obj = self._mock_children.get(name, _missing)
        if obj is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = '.'
        if _name_list == ['()']:
            dot = ''
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = '.'
            if _parent._mock_new_name == '()':
                dot = ''
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or 'mock'
        if len(_name_list) > 1:
            if _name_list[1] not in ('()', '().'):
                _first += '.'
        _name_list[0] = _first
        return ''.join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__mro__[1].__name__, name_string, spec_string, id(self))

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                             % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [c for c in calls]
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.'
                raise AssertionError(
                    '%s\nExpected: %r%s' % (problem, _CallList(calls),
                                            self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin(object):

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] = self._mock_call_count + 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        self._mock_call_args_list.append(_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent._mock_mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException):
                raise effect
            elif isinstance(effect, type) and issubclass(effect, BaseException):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException):
                    raise result
                elif isinstance(result, type) and issubclass(result, BaseException):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """Create a new Mock object."""
    __module__ = 'unittest.mock'


# -- magic methods -----------------------------------------------------------

_magic_defaults = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1,
}

_magics = set((
    '__lt__ __gt__ __le__ __ge__ __int__ __contains__ __len__ __exit__ '
    '__complex__ __float__ __bool__ __index__ __hash__ __str__ __sizeof__ '
    '__enter__ __getitem__ __setitem__ __delitem__ __iter__ __eq__ __ne__ '
    '__add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __neg__ __pos__ '
    '__abs__ __invert__ __and__ __or__ __xor__ __lshift__ __rshift__ __round__ '
    '__trunc__ __floor__ __ceil__ __fspath__ __next__ __reversed__ __call__'
).split()) - {'__call__'}
_all_magics = _magics | {'__repr__', '__getattr__', '__setattr__', '__init__', '__new__',
                         '__getstate__', '__setstate__', '__dir__', '__class__'}


def _magic_default(mock, name):
    if name in _magic_defaults:
        return _magic_defaults[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__iter__':
        return iter([])
    if name == '__eq__':
        return NotImplemented
    if name == '__ne__':
        return NotImplemented
    return DEFAULT


class _MagicProxy(object):
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)


class MagicMixin(object):
    def _mock_magic(self, name):
        m = self._mock_children.get(name)
        if m is None:
            m = self._get_child_mock(name=name, parent=None, _new_name=name, _new_parent=self)
            if name in ('__eq__', '__ne__'):
                other_eq = name == '__eq__'

                def eq(other, _self=self, _eq=other_eq):
                    ret = m.__dict__['_mock_return_value']
                    if ret is not DEFAULT:
                        return ret
                    return (_self is other) == _eq
                m.__dict__['_mock_side_effect'] = eq
            elif name == '__iter__':
                def it(_m=m):
                    ret = _m.__dict__['_mock_return_value']
                    if ret is DEFAULT:
                        return iter([])
                    return iter(ret)
                m.__dict__['_mock_side_effect'] = it
            else:
                default = _magic_default(self, name)
                if default is not DEFAULT:
                    m.__dict__['_mock_return_value'] = default
            self._mock_children[name] = m
        return m


for _name in sorted(_magics):
    setattr(MagicMixin, _name, _MagicProxy(_name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of MagicMock that isn't callable."""
    __module__ = 'unittest.mock'


class MagicMock(MagicMixin, Mock):
    """MagicMock is a subclass of Mock with default implementations of most
    of the magic methods."""
    __module__ = 'unittest.mock'


class PropertyMock(Mock):
    """A mock intended to be used as a property on a class."""
    __module__ = 'unittest.mock'

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Seal a mock: no new attributes may be created on it or its children."""
    mock.__dict__['_mock_sealed'] = True
    for attr in list(mock._mock_children):
        m = mock._mock_children[attr]
        if isinstance(m, NonCallableMock) and m._mock_new_parent is mock:
            seal(m)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(), reading read_data."""
    data = {'text': read_data}
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock()
    handle.__enter__.return_value = handle

    def read(*args):
        text = data['text']
        data['text'] = text[:0]
        return text

    def readline(*args):
        text = data['text']
        i = text.find('\n' if isinstance(text, str) else b'\n')
        if i < 0:
            data['text'] = text[:0]
            return text
        data['text'] = text[i + 1:]
        return text[:i + 1]

    def readlines(*args):
        text = data['text']
        data['text'] = text[:0]
        return text.splitlines(True)

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lambda: iter(readlines())
    handle.write.return_value = None
    mock.return_value = handle
    return mock


# -- patching -----------------------------------------------------------------

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                   self.spec_set, self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in list(klass.__dict__):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def decorate_callable(self, func):
        patcher = self

        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for p in getattr(patched, 'patchings'):
                    arg = p.__enter__()
                    entered.append(p)
                    if p.attribute_name is not None:
                        keywargs[p.attribute_name] = arg
                    elif p.new is DEFAULT:
                        extra.append(arg)
                return func(*(args + tuple(extra)), **keywargs)
            finally:
                for p in reversed(entered):
                    p.__exit__(None, None, None)

        if hasattr(func, 'patchings'):
            func.patchings.append(patcher)
            return func
        patched.patchings = [patcher]
        patched.__name__ = getattr(func, '__name__', 'patched')
        patched.__qualname__ = getattr(func, '__qualname__', 'patched')
        patched.__doc__ = getattr(func, '__doc__', None)
        patched.__module__ = getattr(func, '__module__', None)
        patched.__wrapped__ = func
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        original, local = self.get_original()
        if new is DEFAULT:
            Klass = self.new_callable if self.new_callable is not None else MagicMock
            _kwargs = {}
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (spec is not None or spec_set is not None) and isinstance(spec or spec_set, type) \
                    and Klass is MagicMock:
                _kwargs['name'] = self.attribute
            _kwargs.update(self.kwargs)
            new = Klass(**_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self.target = self.getter()
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Patch the object named by target with new (a MagicMock by default)
    inside a function decorated with it, or a with block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict(object):
    """Patch a dictionary (or mapping) for the duration of a test."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in list(f.__dict__):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                    decorator = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f

        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        _inner.__name__ = getattr(f, '__name__', '_inner')
        _inner.__wrapped__ = f
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        for key, value in self.values.items():
            in_dict[key] = value

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        for key, value in original.items():
            in_dict[key] = value

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
