a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
x = 9223372036854775807
print(x + 1, x * x)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3)
print(abs(-5), divmod(17, 5), pow(3, 4), pow(3, 4, 5))
n = 0
for i in range(100):
    n += i * i
print(n)
print(10 == 10.0, 3 < 4 <= 4, int("42") + 1)
