cache = {1: 1}
def length(n):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + length(nxt)
    return cache[n]
best = max(range(1, 10000), key=length)
print(best, length(best))
