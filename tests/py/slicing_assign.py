l = list(range(10))
l[2:5] = ["x"]
print(l)
l[:0] = [-1, -2]
print(l)
l[-2:] = []
print(l)
l[::3] = [0] * len(l[::3])
print(l)
s = "hello world"
print(s[-5:], s[:-6], s[::-2], s[100:], s[2:2])
