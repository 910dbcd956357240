a, b = 0, 10
while a < b and (b - a) > 2 or a == 0:
    a += 2
    b -= 1
print(a, b)
items = [3, 1, 4, 1, 5]
i = 0
while i < len(items) and items[i] != 4:
    i += 1
print(i)
