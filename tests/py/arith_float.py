x = 1.5
y = 0.1 + 0.2
print(x, y, x * 2, x / 3, 7.0 // 2, 7.5 % 2)
print(1e20, 1e-7, 1.0, -0.0, 3.14159)
print(float("inf"), float("-inf"), 2.0 ** 0.5)
print(round(2.675, 2), round(3.5), round(4.5), int(3.99))
print(1 / 3, 2 / 3, 10 / 4)
print(1.5 + 2, 3 * 0.5, 1 - 0.75)
