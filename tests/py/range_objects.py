r = range(2, 20, 3)
print(r, len(r), r[1], r[-1], 5 in r, 6 in r, list(r[1:3]))
print(list(range(5, 0, -1)), list(range(-3)), range(0, 10, 2) == range(0, 10, 2))
print(sum(range(1000000)))
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
def g(n):
    acc = []
    for i in range(n, n + 3):
        acc.append(i)
    return acc
print(g(7), g(-2))
big = 2 ** 70
for i in range(big, big + 2):
    print(i)
