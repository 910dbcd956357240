"""Decimal fixed point and floating point arithmetic (Pygo's decimal).

Decimal values are (sign, coefficient digits, exponent) triples; the
arithmetic itself (rounding to the context's precision with its rounding
mode, and the conditions each operation raises) is done by the Go helper
_pygo_decimal over cockroachdb/apd, an implementation of the General
Decimal Arithmetic specification that CPython's decimal also follows. This
module keeps the contexts, their flags and traps, and CPython's API,
conversions, string forms and hashing.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple
import _pygo_decimal as _d

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# The signals in the order CPython lists them in a Context's repr.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
            Overflow, Rounded, Subnormal, Underflow]

# Go condition bits -> (condition class, signal class).
_CONDITIONS = [
    (1, InvalidOperation, InvalidOperation),
    (2, DivisionByZero, DivisionByZero),
    (4, DivisionImpossible, InvalidOperation),
    (8, DivisionUndefined, InvalidOperation),
    (16, Inexact, Inexact),
    (32, Rounded, Rounded),
    (64, Subnormal, Subnormal),
    (128, Overflow, Overflow),
    (256, Underflow, Underflow),
    (512, Clamped, Clamped),
]

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------
# Contexts

class _SignalDict(dict):
    pass


class Context(object):
    """Contains the context for a Decimal instance."""
    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _default_context
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            if dc:
                self.traps = dict(dc.traps)
            else:
                self.traps = dict((s, s in (InvalidOperation, DivisionByZero, Overflow)) for s in _SIGNALS)
        elif isinstance(traps, dict):
            self.traps = dict((s, bool(traps.get(s, False))) for s in _SIGNALS)
        else:
            self.traps = dict((s, s in traps) for s in _SIGNALS)
        if flags is None:
            self.flags = dict((s, False) for s in _SIGNALS)
        elif isinstance(flags, dict):
            self.flags = dict((s, bool(flags.get(s, False))) for s in _SIGNALS)
        else:
            self.flags = dict((s, s in flags) for s in _SIGNALS)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                value = dict((sig, sig in value) for sig in _SIGNALS)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, ', '.join(flags),
                                            ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Records the conditions; raises the first trapped signal."""
        trapped = []
        signal = None
        for cond, sig in conditions:
            self.flags[sig] = True
            if self.traps.get(sig):
                if signal is None:
                    signal = sig
                if cond not in trapped:
                    trapped.append(cond)
        if signal is not None:
            raise signal([c for c in trapped if issubclass(c, signal) or c is signal])

    def _apply(self, bits):
        if bits:
            self._raise([(c, s) for b, c, s in _CONDITIONS if bits & b])

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise([(ConversionSyntax, InvalidOperation)])
            return Decimal('NaN')
        d = Decimal(num, context=self)
        if d._is_nan() and len(d._int) > self.prec - self.clamp:
            self._raise([(ConversionSyntax, InvalidOperation)])
            return Decimal('NaN')
        return d._op('plus', context=self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._op('plus', context=self)

    def abs(self, a):
        return _dec(a, self).__abs__(context=self)

    def add(self, a, b):
        return _dec(a, self).__add__(_dec(b, self), context=self)

    def subtract(self, a, b):
        return _dec(a, self).__sub__(_dec(b, self), context=self)

    def multiply(self, a, b):
        return _dec(a, self).__mul__(_dec(b, self), context=self)

    def divide(self, a, b):
        return _dec(a, self).__truediv__(_dec(b, self), context=self)

    def divide_int(self, a, b):
        return _dec(a, self).__floordiv__(_dec(b, self), context=self)

    def divmod(self, a, b):
        return _dec(a, self).__divmod__(_dec(b, self), context=self)

    def remainder(self, a, b):
        return _dec(a, self).__mod__(_dec(b, self), context=self)

    def power(self, a, b, modulo=None):
        return _dec(a, self).__pow__(_dec(b, self), modulo, context=self)

    def plus(self, a):
        return _dec(a, self).__pos__(context=self)

    def minus(self, a):
        return _dec(a, self).__neg__(context=self)

    def sqrt(self, a):
        return _dec(a, self).sqrt(context=self)

    def exp(self, a):
        return _dec(a, self).exp(context=self)

    def ln(self, a):
        return _dec(a, self).ln(context=self)

    def log10(self, a):
        return _dec(a, self).log10(context=self)

    def quantize(self, a, b):
        return _dec(a, self).quantize(_dec(b, self), context=self)

    def normalize(self, a):
        return _dec(a, self).normalize(context=self)

    def next_plus(self, a):
        return _dec(a, self).next_plus(context=self)

    def next_minus(self, a):
        return _dec(a, self).next_minus(context=self)

    def to_integral_value(self, a):
        return _dec(a, self).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _dec(a, self).to_integral_exact(context=self)

    def compare(self, a, b):
        return _dec(a, self).compare(_dec(b, self), context=self)

    def fma(self, a, b, c):
        return _dec(a, self).fma(b, c, context=self)

    def max(self, a, b):
        return _dec(a, self).max(_dec(b, self), context=self)

    def min(self, a, b):
        return _dec(a, self).min(_dec(b, self), context=self)

    def is_signed(self, a):
        return _dec(a, self).is_signed()

    def is_zero(self, a):
        return _dec(a, self).is_zero()

    def to_sci_string(self, a):
        return str(_dec(a, self))

    def to_eng_string(self, a):
        return _dec(a, self).to_eng_string()


def _dec(a, context):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


_default_context = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_context = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


def getcontext():
    """Returns this thread's context (a copy of DefaultContext at first)."""
    ctx = _d.get_local()
    if ctx is None:
        ctx = DefaultContext.copy()
        _d.set_local(ctx)
    return ctx


def setcontext(context):
    """Set this thread's context to context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _d.set_local(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that installs a copy of ctx (or of the current
    context) with the given attributes for the duration of a with block."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# ---------------------------------------------------------------------------
# Decimal

_OP_SYMBOLS = {'add': '+', 'sub': '-', 'mul': '*', 'div': '/', 'divint': '//',
               'rem': '%', 'pow': '** or pow()', 'divmod': 'divmod()'}
_BUILTIN_OPERANDS = (float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _qualname(x):
    t = type(x)
    if t.__module__ in ('builtins', '__main__'):
        return t.__qualname__
    return t.__module__ + '.' + t.__qualname__


def _unsupported(name, a, b):
    """Raises CPython's TypeError for Decimal mixed with a built-in type that
    cannot handle it either (names the class 'decimal.Decimal')."""
    other = b if isinstance(a, Decimal) else a
    if isinstance(other, _BUILTIN_OPERANDS):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (_OP_SYMBOLS[name], _qualname(a), _qualname(b)))


def _parse_nan(text):
    """(sign, payload, 'n'/'N') for a NaN literal with its payload, else None."""
    t = text.lower()
    sign = 0
    if t[:1] in '+-':
        sign = 1 if t[0] == '-' else 0
        t = t[1:]
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if t.startswith(prefix):
            payload = t[len(prefix):]
            if payload == '':
                return (sign, '', kind)
            if payload.isdigit() and payload.isascii():
                payload = payload.lstrip('0')
                return (sign, payload, kind)
            return None
    return None


def _strip_zeros(digits):
    digits = digits.lstrip('0')
    return digits or '0'


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __module__ = 'decimal'
    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            text = value.strip().replace('_', '') if '_' not in value.strip()[:1] else None
            parsed = _parse_nan(text) if text else None
            if parsed is None and text:
                parsed = _d.parse(text)
            if parsed is None or (value.strip() and '__' in value) or value.strip().endswith('_'):
                if context is None:
                    context = getcontext()
                context._raise([(ConversionSyntax, InvalidOperation)])
                parsed = (0, '', 'n')
            self._set(parsed)
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise([(FloatOperation, FloatOperation)]) if context.traps.get(FloatOperation) else None
            context.flags[FloatOperation] = True
            return cls._from_float_exact(value, self)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp = sign, '0', 'F'
                return self
            ds = []
            for x in digits:
                if not isinstance(x, int) or not 0 <= x <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                ds.append(str(x))
            if exp in ('n', 'N'):
                self._sign, self._int, self._exp = sign, _strip_zeros(''.join(ds)) if ds and ''.join(ds).strip('0') else '', exp
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            self._sign, self._int, self._exp = sign, _strip_zeros(''.join(ds)), exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _set(self, t):
        self._sign, self._int, self._exp = t[0], t[1], t[2]

    @classmethod
    def _from_float_exact(cls, f, self=None):
        if self is None:
            self = object.__new__(cls)
        if f != f:
            self._sign, self._int, self._exp = (1 if _math.copysign(1.0, f) < 0 else 0), '', 'n'
            return self
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float('inf'), float('-inf')):
            self._sign, self._int, self._exp = sign, '0', 'F'
            return self
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self._sign, self._int, self._exp = sign, str(n * 5 ** k), -k
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float (or int) to a Decimal, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = Decimal._from_float_exact(f)
        if cls is Decimal:
            return d
        return cls(d)

    def _tuple(self):
        return (self._sign, self._int, self._exp)

    @staticmethod
    def _make(t):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp = t
        return d

    def _op(self, name, *others, context=None, rounding=None):
        if context is None:
            context = getcontext()
        r = rounding if rounding is not None else context.rounding
        result, bits = _d.op(name, context.prec, r, context.Emin, context.Emax,
                             self._tuple(), *[o._tuple() for o in others])
        context._apply(bits)
        return Decimal._make(result)

    # -- predicates ---------------------------------------------------------

    def _is_special(self):
        return isinstance(self._exp, str)

    def _is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_nan(self):
        return self._is_nan()

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special()

    def is_zero(self):
        return not self._is_special() and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special() or self._int == '0':
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special() or self._int == '0':
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def adjusted(self):
        if self._is_special():
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in self._int) if self._int else ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special():
            if self._is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._int == '0':
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # -- strings --------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp == 'n':
            return sign + 'NaN' + self._int
        if self._exp == 'N':
            return sign + 'sNaN' + self._int
        digits = self._int
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif digits == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ''
        else:
            capitals = 1 if context is None else context.capitals
            e = leftdigits - dotplace
            expstr = ['e', 'E'][capitals] + ('%+d' % e)
        return sign + intpart + fracpart + expstr

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec):
        # [[fill]align][sign][z][#][0][width][,_][.precision][type]
        fill, align, sign, zero, width, comma, prec, typ = ' ', '', '-', False, 0, '', None, ''
        i = 0
        if len(spec) >= 2 and spec[1] in '<>=^':
            fill, align = spec[0], spec[1]
            i = 2
        elif spec[:1] in ('<', '>', '=', '^'):
            align = spec[0]
            i = 1
        if i < len(spec) and spec[i] in '+- ':
            sign = spec[i]
            i += 1
        if i < len(spec) and spec[i] == '0':
            zero = True
            i += 1
        j = i
        while j < len(spec) and spec[j].isdigit():
            j += 1
        if j > i:
            width = int(spec[i:j])
        i = j
        if i < len(spec) and spec[i] in ',_':
            comma = spec[i]
            i += 1
        if i < len(spec) and spec[i] == '.':
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            prec = int(spec[i + 1:j])
            i = j
        typ = spec[i:]
        if typ not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'):
            raise ValueError("invalid format string")
        d = self
        if typ == '%':
            d = Decimal((d._sign, tuple(int(c) for c in d._int), d._exp + 2)) if not d._is_special() else d
        if d._is_special():
            body = str(d.copy_abs()) if d._exp != 'F' else 'Infinity'
            if d._exp == 'F' and typ in ('F', 'E', 'G'):
                body = 'INFINITY'
        elif typ in ('f', 'F', '%'):
            if prec is not None:
                d = d.quantize(Decimal((0, (1,), -prec)), rounding=getcontext().rounding,
                               context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))
            body = d.copy_abs()._fixed()
        elif typ in ('e', 'E'):
            if prec is not None:
                d = d._round_sig(prec + 1)
            body = d.copy_abs()._sci(typ)
        elif typ in ('g', 'G', 'n', ''):
            if prec is not None and typ != '':
                d = d._round_sig(max(prec, 1))
            elif prec is not None:
                d = d._round_sig(max(prec, 1))
            body = str(d.copy_abs())
            if typ == 'G':
                body = body.upper()
        if typ == '%':
            body += '%'
        if comma and not d._is_special():
            ip, dot, fp = body.partition('.')
            k = len(ip)
            groups = []
            while k > 3:
                groups.insert(0, ip[k - 3:k])
                k -= 3
            groups.insert(0, ip[:k])
            body = comma.join(groups) + dot + fp
        s = ''
        if self._sign:
            s = '-'
        elif sign in '+ ':
            s = sign
        if zero and not align:
            fill, align = '0', '='
        if not align:
            align = '>' if False else '<' if self._is_special() and False else '>'
            align = '>'
        n = width - len(s) - len(body)
        if n <= 0:
            return s + body
        if align == '=':
            return s + fill * n + body
        if align == '<':
            return s + body + fill * n
        if align == '^':
            return fill * (n // 2) + s + body + fill * (n - n // 2)
        return fill * n + s + body

    def _fixed(self):
        digits, exp = self._int, self._exp
        if exp >= 0:
            return digits + '0' * exp if digits != '0' else '0'
        if len(digits) > -exp:
            return digits[:exp] + '.' + digits[exp:]
        return '0.' + '0' * (-exp - len(digits)) + digits

    def _sci(self, typ):
        digits = self._int
        adj = self.adjusted()
        mant = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return mant + typ + ('%+d' % adj)

    def _round_sig(self, n):
        if self._is_special() or len(self._int) <= n:
            return self
        ctx = Context(prec=n, rounding=getcontext().rounding, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        return self._op('plus', context=ctx)

    # -- arithmetic -------------------------------------------------------

    def _coerce(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return None

    def _binary(self, other, name, context):
        o = self._coerce(other)
        if o is None:
            _unsupported(name, self, other)
            return NotImplemented
        return self._op(name, o, context=context)

    def _rbinary(self, other, name, context):
        o = self._coerce(other)
        if o is None:
            _unsupported(name, other, self)
            return NotImplemented
        return o._op(name, self, context=context)

    def __add__(self, other, context=None):
        return self._binary(other, 'add', context)

    def __radd__(self, other, context=None):
        return self._rbinary(other, 'add', context)

    def __sub__(self, other, context=None):
        return self._binary(other, 'sub', context)

    def __rsub__(self, other, context=None):
        return self._rbinary(other, 'sub', context)

    def __mul__(self, other, context=None):
        return self._binary(other, 'mul', context)

    def __rmul__(self, other, context=None):
        return self._rbinary(other, 'mul', context)

    def __truediv__(self, other, context=None):
        return self._binary(other, 'div', context)

    def __rtruediv__(self, other, context=None):
        return self._rbinary(other, 'div', context)

    def __floordiv__(self, other, context=None):
        return self._binary(other, 'divint', context)

    def __rfloordiv__(self, other, context=None):
        return self._rbinary(other, 'divint', context)

    def __mod__(self, other, context=None):
        return self._binary(other, 'rem', context)

    def __rmod__(self, other, context=None):
        return self._rbinary(other, 'rem', context)

    def __divmod__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            _unsupported('divmod', self, other)
            return NotImplemented
        return (self._op('divint', o, context=context), self._op('rem', o, context=context))

    def __rdivmod__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        o = self._coerce(other)
        if o is None:
            _unsupported('pow', self, other)
            return NotImplemented
        if modulo is not None:
            m = self._coerce(modulo)
            if context is None:
                context = getcontext()
            if (self._is_special() or o._is_special() or m._is_special()
                    or self._exp != 0 or o._exp != 0 or m._exp != 0 or o._sign):
                context._raise([(InvalidOperation, InvalidOperation)])
                return Decimal('NaN')
            r = pow(int(self), int(o), int(m))
            return Decimal(r)._op('plus', context=context)
        return self._op('pow', o, context=context)

    def __rpow__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o._op('pow', self, context=context)

    def __neg__(self, context=None):
        return self._op('minus', context=context)

    def __pos__(self, context=None):
        return self._op('plus', context=context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._op('abs', context=context)

    def sqrt(self, context=None):
        return self._op('sqrt', context=context)

    def exp(self, context=None):
        return self._op('exp', context=context)

    def ln(self, context=None):
        return self._op('ln', context=context)

    def log10(self, context=None):
        return self._op('log10', context=context)

    def normalize(self, context=None):
        return self._op('reduce', context=context)

    def quantize(self, exp, rounding=None, context=None):
        e = self._coerce(exp)
        if e is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(exp).__name__)
        return self._op('quantize', e, context=context, rounding=rounding)

    def to_integral_value(self, rounding=None, context=None):
        return self._op('tointegral', context=context, rounding=rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._op('tointegralexact', context=context, rounding=rounding)

    def fma(self, other, third, context=None):
        return self._op('fma', _dec(other, context), _dec(third, context), context=context)

    def _next(self, up, context):
        ctx = context if context is not None else getcontext()
        if self._is_nan():
            if self._exp == 'N':
                ctx._raise([(InvalidOperation, InvalidOperation)])
                return Decimal._make((self._sign, self._int, 'n'))
            return self
        if self._exp == 'F':
            if (self._sign == 0) == up:
                return self
            big = Decimal((1 - self._sign if up else self._sign, (9,) * ctx.prec, ctx.Emax - ctx.prec + 1))
            return big if up == bool(self._sign) else big.copy_negate()
        if self._int == '0':
            return Decimal((0 if up else 1, (1,), ctx.Etiny()))
        work = ctx.copy()
        work.rounding = ROUND_CEILING if up else ROUND_FLOOR
        work.clear_traps()
        tiny = Decimal((0 if up else 1, (1,), min(self.adjusted() - ctx.prec - 2, self._exp - 1)))
        return self._op('add', tiny, context=work)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(True, context)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(False, context)

    def same_quantum(self, other, context=None):
        other = _dec(other, context)
        if self._is_special() or other._is_special():
            return (self._is_nan() and other._is_nan()) or (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def copy_abs(self):
        return Decimal._make((0, self._int, self._exp))

    def copy_negate(self):
        return Decimal._make((1 - self._sign, self._int, self._exp))

    def copy_sign(self, other, context=None):
        other = _dec(other, context)
        return Decimal._make((other._sign, self._int, self._exp))

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # -- comparisons ----------------------------------------------------------

    def _cmp_other(self, other, ordering):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._raise([(FloatOperation, FloatOperation)])
            else:
                ctx.flags[FloatOperation] = True
            return Decimal._from_float_exact(other)
        if isinstance(other, _numbers.Rational):
            return None
        return None

    def _compare_value(self, other, ordering):
        """-1, 0, 1; None if unordered (a NaN)."""
        if self._is_nan() or other._is_nan():
            if ordering or self._exp == 'N' or other._exp == 'N':
                getcontext()._raise([(InvalidOperation, InvalidOperation)])
            return None
        return _d.compare(self._tuple(), other._tuple())

    def __eq__(self, other):
        o = self._cmp_other(other, False)
        if o is None:
            if isinstance(other, _numbers.Rational):
                if self._is_special():
                    return False
                n, d = self.as_integer_ratio()
                return n * other.denominator == d * other.numerator
            return NotImplemented
        return self._compare_value(o, False) == 0

    def _order(self, other):
        o = self._cmp_other(other, True)
        if o is None:
            return None
        return self._compare_value(o, True)

    def __lt__(self, other):
        if self._cmp_other(other, False) is None:
            return NotImplemented
        c = self._order(other)
        return c is not None and c < 0

    def __le__(self, other):
        if self._cmp_other(other, False) is None:
            return NotImplemented
        c = self._order(other)
        return c is not None and c <= 0

    def __gt__(self, other):
        if self._cmp_other(other, False) is None:
            return NotImplemented
        c = self._order(other)
        return c is not None and c > 0

    def __ge__(self, other):
        if self._cmp_other(other, False) is None:
            return NotImplemented
        c = self._order(other)
        return c is not None and c >= 0

    def compare(self, other, context=None):
        other = _dec(other, context)
        if self._is_nan() or other._is_nan():
            if self._exp == 'N' or other._exp == 'N':
                (context or getcontext())._raise([(InvalidOperation, InvalidOperation)])
            return Decimal('NaN')
        return Decimal(_d.compare(self._tuple(), other._tuple()))

    def max(self, other, context=None):
        other = _dec(other, context)
        if self._is_nan():
            return other._op('plus', context=context) if not other._is_nan() else self
        if other._is_nan():
            return self._op('plus', context=context)
        c = _d.compare(self._tuple(), other._tuple())
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) if self._sign != other._sign else 0
        return (self if c >= 0 else other)._op('plus', context=context)

    def min(self, other, context=None):
        other = _dec(other, context)
        if self._is_nan():
            return other._op('plus', context=context) if not other._is_nan() else self
        if other._is_nan():
            return self._op('plus', context=context)
        c = _d.compare(self._tuple(), other._tuple())
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) if self._sign != other._sign else 0
        return (self if c <= 0 else other)._op('plus', context=context)

    def __hash__(self):
        if self._is_special():
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._is_nan():
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    # -- conversions ----------------------------------------------------------

    def __bool__(self):
        return self._is_special() or self._int != '0'

    def __int__(self):
        if self._is_special():
            if self._is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = int(self._int) * 10 ** self._exp
        else:
            n = int(self._int[:self._exp] or '0')
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._exp == 'N':
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __floor__(self):
        if self._is_special():
            return int(self)
        return int(self._op('floor', context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)))

    def __ceil__(self):
        if self._is_special():
            return int(self)
        return int(self._op('ceil', context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal((0, (1,), -n)))
        if self._is_special():
            if self._is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._op('tointegral', rounding=ROUND_HALF_EVEN,
                            context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_numbers.Number.register(Decimal)
