# Micro-benchmark: small-int arithmetic and comparisons in a loop, with an
# overflow into big ints at the end.


def loop(n):
    a = 0
    b = 1
    for i in range(n):
        a = (a + i * 3) % 1000003
        b = (b ^ i) & 0xFFFF
        if a > b:
            a -= b
        else:
            a += b // 2
    x = 1
    for i in range(100):
        x = x * 3 + i
    return a, b, x % 1000000007


print(loop(2000000))
