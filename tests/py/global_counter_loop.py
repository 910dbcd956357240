count = 0
for i in range(1000):
    if i % 7 == 0:
        count += 1
print(count)
names = []
for n in ["a", "b"]:
    names.append(n * 2)
print(names, n)
