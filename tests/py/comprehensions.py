print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in "ab"], x)
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
print(sum(i for i in range(101)))
print(list(str(n) for n in [1, 2]))
