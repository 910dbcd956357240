adders = {}
for n in range(3):
    adders[n] = lambda x, n=n: x + n
print([adders[k](10) for k in adders])
def outer():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(outer())
