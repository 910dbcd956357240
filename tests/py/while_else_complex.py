def find(haystack, needle):
    i = 0
    while i < len(haystack):
        if haystack[i] == needle:
            break
        i += 1
    else:
        return -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9))
def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(30))
