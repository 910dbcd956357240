values = [1, 2, 0]
total = 0
for v in values:
    total += 10 / v
print(total)
