# complex numbers: arithmetic, repr/str, attributes, parsing, comparisons,
# hashing and error messages.
import math

z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w))
print(z + w, z - w, z * w, z / w)
print(z + 1, 1 + z, z * 2, 2.5 * z, z - 1.5, 10 - z, z / 2, 1 / z)
print(-z, +z, z ** 2, z ** 0, z ** -1, 2 ** (1j), z ** 0.5)
print(abs(z), abs(w), abs(-3j), abs(complex(0, 0)))
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print((5).real, (5).imag, (5).conjugate(), (2.5).imag, True.imag)
print(z == complex(3, 4), z != w, 2 + 0j == 2, 2.5 + 0j == 2.5, 1j == 1, 0j == 0, 0j == False)
print(hash(2 + 0j) == hash(2), hash(2.5 + 0j) == hash(2.5), hash(complex(0, 0)) == hash(0))
print(hash(z) == hash(complex(3, 4)), len({1, 1.0, 1 + 0j}), {1 + 0j: "a"}[1])

# repr and str of special values.
values = [
    0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 2 + 0j,
    complex(1.5, 2.25), complex(1e20, 1e-20), complex(1e16, 3), complex(0.1, 0.2),
    complex(math.inf, 0), complex(0, math.inf), complex(-math.inf, -math.inf),
    complex(math.nan, 1), complex(1, math.nan), complex(123456789, 0.5),
]
for v in values:
    print(repr(v), str(v), v.real, v.imag)

# Constructor forms.
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2.5), complex(1j, 1j), complex(imag=3))
for s in ["1+2j", " 1-2j ", "(3+4j)", "j", "-j", "+1.5J", "2", "1e3-1e-3j", "inf+nanj", "-infj", "  ( 7j ) ", "1_000+2_0j"]:
    print(repr(s), complex(s))
for bad in ["", "1+", "1+2", "abc", "1 + 2j", "2j+1", "(1+2j", "1__0j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", repr(bad), e)
for args in [("1", 2), (1, "2"), (None,), ([1],)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)


class HasComplex:
    def __complex__(self):
        return 2 - 3j


class HasFloat:
    def __float__(self):
        return 1.25


class HasIndex:
    def __index__(self):
        return 7


print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))

# Errors.
for op in [
    lambda: z < w,
    lambda: z >= 1,
    lambda: 1 > z,
    lambda: z / 0,
    lambda: z / 0j,
    lambda: 1 / 0j,
    lambda: z // 2,
    lambda: z % 2,
    lambda: divmod(z, 2),
    lambda: 0j ** -1,
    lambda: int(z),
    lambda: float(z),
    lambda: round(z),
    lambda: math.sqrt(z),
    lambda: z + "a",
    lambda: sorted([1j, 2j]),
    lambda: max(1j, 2j),
    lambda: z.real.__class__(z),
]:
    try:
        print(op())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    z.real = 5
except AttributeError as e:
    print("AttributeError:", e)

# Formatting.
print(format(z, ""), format(z, ".2f"), format(w, "+.1e"), f"{z:>12}", f"{1.5+0j:g}", f"{-0j}")
print("%s %r" % (z, w), str(complex(1, 2)).__len__())
print(sum([1j, 2, 3.5]), sum([z, w, -z]), [c.imag for c in (1j, 2j)])
print(isinstance(z, complex), type(1j) is complex, bool(0j), bool(1j), bool(complex(0, -0.0)))
print((1 + 2j).__add__(3), (1 + 2j).__radd__(3), (1 + 2j).__add__("x"), (1j).__eq__("x"))
print(pow(1j, 2), pow(2, 1j), (1 + 1j) ** 3, 1j ** 2 == -1)
print(complex("nan+0j") == complex("nan+0j"), math.isnan(complex("nanj").imag))
