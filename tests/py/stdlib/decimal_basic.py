# decimal: construction, str/repr, arithmetic with context precision and
# rounding, quantize, comparisons, hashing, contexts and signals.
from decimal import Decimal as D, getcontext, localcontext, Context, InvalidOperation, DivisionByZero
import decimal

print(D("1.10"), D("  -3.1415 "), D(10), D(-7), D("1e-7"), D("0.000001"), D("123e5"), D("-0"), D("1_000.5"))
print(repr(D("1.10")), D(0.1), D(2.5), D(-0.0), D(1e20), D("Infinity"), D("-inf"), D("nan"), D("sNaN"), D("NaN123"))
print(D((0, (1, 4, 1, 4), -3)), D((1, (2,), 5)), D((0, (0,), "F")), D(D("5.5")))
print(D("1.1") + D("2.2"), D("1.10") + D("2.200"), D("10") - D("0.001"), D("1.5") * D("4"), D(1) / D(3), D(2) / D(3))
print(D(1) / 8, 3 + D("0.5"), 2 * D("1.25"), D(7) // 2, D(-7) // 2, D(7) % 3, D(-7) % 3, divmod(D(7), D(2)), 10 - D("0.1"))
print(D(2) ** 10, D(2) ** D("0.5"), D("1.1") ** 2, D(4).sqrt(), D(2).sqrt(), D(1).exp(), D(10).ln(), D(1000).log10())
print(-D("1.5"), +D("1.50"), abs(D("-2.5")), D("123.456").quantize(D("0.01")), D("2.675").quantize(D("0.01")),
      D("7.325").quantize(D("0.01"), rounding=decimal.ROUND_DOWN), D("1.5").to_integral_value(), D("2.5").to_integral_value())
print(D("120.00").normalize(), D("0.00").normalize(), D("1E+2").normalize(), D("-5.4").copy_abs(), D("5").copy_negate())
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1)
getcontext().rounding = decimal.ROUND_UP
print(D(1) / D(7), D(2) / D(3))
getcontext().prec = 28
getcontext().rounding = decimal.ROUND_HALF_EVEN
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3), ctx.prec, getcontext().prec)
print(D(1) / D(3), getcontext().prec)
with localcontext(prec=10, rounding=decimal.ROUND_FLOOR):
    print(D(-1) / D(3))
print(D("1.0") == D("1"), D("1.0") == 1, D("0.1") == 0.1, D("0.5") == 0.5, D(1) < D(2), D("1.5") > 1, D(2) <= 2.0,
      sorted([D("3"), D("1.5"), D(2)]), max(D(1), D("1.01")), D("NaN") == D("NaN"))
print(hash(D(1)) == hash(1), hash(D("1.5")) == hash(1.5), hash(D("0.1")) == hash(0.1), hash(D("-2")) == hash(-2),
      hash(D("Infinity")) == hash(float("inf")), len({D("1.0"), D(1), 1}))
print(int(D("-3.7")), float(D("1.25")), round(D("2.5")), round(D("3.5")), round(D("1.2345"), 2), bool(D(0)), bool(D("0.1")))
import math
print(math.floor(D("-1.5")), math.ceil(D("1.2")), math.trunc(D("-1.9")))
print(D("3.14").as_tuple(), D("-0.001").as_tuple(), D("1.25").as_integer_ratio(), D("1E3").adjusted(), D("0.0123").adjusted())
print(D("1.5").is_finite(), D("inf").is_infinite(), D("nan").is_nan(), D("-0").is_signed(), D("0.00").is_zero())
print(D(1).compare(D(2)), D(2).compare(D(2)), D("1.00").same_quantum(D("2.00")), D(2).fma(3, 4))
print(format(D("1234.5678"), ".2f"), format(D("1234.5678"), ",.2f"), format(D("0.5"), ".0%"), format(D("12345"), ".3e"),
      format(D("-1.5"), ">10"), format(D("1.5"), "+.3f"), "{:08.2f}".format(D("-3.14159")), f"{D('2.50')}")
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D("abc"), lambda: D(-1).sqrt(), lambda: D("1.5") + 1.5,
          lambda: D("NaN") < 1, lambda: int(D("NaN")), lambda: int(D("inf")), lambda: hash(D("sNaN")),
          lambda: D(5) % 0, lambda: D("1.5").quantize(D("1e-30"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ctx = Context(prec=5, rounding=decimal.ROUND_DOWN)
print(ctx)
print(ctx.add(D("1.234567"), D(1)), ctx.divide(D(1), D(3)), ctx.create_decimal("3.14159265"), ctx.sqrt(D(2)))
ctx.traps[DivisionByZero] = False
print(ctx.divide(D(1), D(0)), ctx.flags[DivisionByZero])
ec = decimal.ExtendedContext.copy()
print(ec.divide(D(0), D(0)), ec.flags[InvalidOperation])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(decimal.Inexact, decimal.DecimalException),
      issubclass(decimal.DecimalException, ArithmeticError), issubclass(decimal.FloatOperation, TypeError))
print(decimal.BasicContext.prec, decimal.DefaultContext.rounding, D.from_float(0.25), D("1e+2").to_eng_string(), D("123e4").to_eng_string())
print(sum([D("0.1")] * 10), sum([0.1] * 10))
getcontext().clear_flags()
print(getcontext())
