i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else ran")

j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)

k = 0
while k < 10:
    k += 1
    if k == 5:
        break
else:
    print("not printed")
print("k", k)

def count(n):
    c = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print(count(27))
