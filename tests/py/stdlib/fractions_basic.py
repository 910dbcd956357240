# fractions: construction, arithmetic, comparisons, hashing, limit_denominator.
from fractions import Fraction
import math

print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction(5), Fraction())
print(Fraction("3/7"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("2.5E2"), Fraction("1_000/3"),
      Fraction(".5"), Fraction("7."))
for text in ["  10/4 ", "10 / 4"]:
    try:
        print(Fraction(text))
    except ValueError as e:
        print("ValueError", e)
print(Fraction(0.1), Fraction(2.5), Fraction(-0.0))
print(Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(Fraction(3, 9)))
for bad in ["1/0", "abc", "1/-2", "1.2/3", "", "1__0", "/2", "e5"]:
    try:
        print(Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ([],)]:
    try:
        Fraction(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 2, 2 / a, a - 1, 1 - a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1j, a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** Fraction(1, 2), 4 ** Fraction(2))
print(Fraction(2, 3) ** Fraction(2), Fraction(-8) ** Fraction(1, 3) if False else "skip")
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a != b)
print(a < b, a > b, a <= 0.34, a >= 0.33, Fraction(1, 2) < 1, sorted([Fraction(3, 4), 0.5, 1, Fraction(1, 3)]))
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) == float("nan"), Fraction(5, 1) > -float("inf"))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), {Fraction(3): "x"}[3])
print(int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(1234), -2))
print(float(Fraction(1, 3)), float(Fraction(10 ** 30, 3)), bool(Fraction(0)), bool(a))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10), Fraction(3, 10).limit_denominator(5))
print(Fraction("3.1415926535897932").limit_denominator(100), Fraction(1, 3).limit_denominator(1))
print(Fraction.from_float(0.25), Fraction(1, 3).as_integer_ratio(), a.numerator, a.denominator, a.real, a.imag, a.conjugate())
try:
    Fraction.from_float("x")
except TypeError as e:
    print("TypeError", e)
print(Fraction(10 ** 20, 3 ** 30))
print(sum([Fraction(1, n) for n in range(1, 11)]))
print(isinstance(a, Fraction), str(Fraction(-3, 1)), f"{Fraction(1, 7)}")
import numbers
print(isinstance(a, numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.0, numbers.Real),
      isinstance(1j, numbers.Complex), isinstance(2.0, numbers.Rational))
