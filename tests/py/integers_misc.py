print(int("0x1f", 16), int("  12  "), int("-7"), int(True), int("1_000"))
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 3), 2 ** -2, 0 ** 0)
print(bin(-5), hex(-255), (255).bit_length(), (-1).bit_length())
print(max(1, 2.5), min(-1, -1.5), 3 == 3.0, hash(3) == hash(3.0))
print(1_000_000, 0o17, 0b101, 0xFF)
print(round(123.456, -1), round(-2.5), round(7), abs(-0))
print(float(10), int(-3.7), float("nan") != float("nan"))
print(True + True, True * 3, False - 1)
print((5).__add__(3), int.__name__)
x = 10
x //= 3
print(x)
print(10 / 5, 2 ** 0.5, 9 ** 0.5, (-8) ** (1 / 3) if False else "skip")
