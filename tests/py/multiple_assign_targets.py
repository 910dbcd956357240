a = b = []
a.append(1)
print(b, a is b)
x, y = y, x = 1, 2
print(x, y)
i = 0
data = [10, 20]
i, data[i] = 1, 99
print(data)
