def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), lcm(4, 6), gcd(2 ** 64, 2 ** 40))
r = 1
for k in range(1, 21):
    r = lcm(r, k)
print(r)
