items = [3, 0, 1]
print(sorted(items, key=lambda x: 10 // x))
