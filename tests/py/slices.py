s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::3], s[8:2:-2], s[:])
t = "abcdef"
print(t[1:-1], t[::-1], t[10:], t[-100:2])
s[2:4] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
print(slice(1, 2), (1, 2, 3)[1:])
