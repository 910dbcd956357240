total = 1
def f():
    global total
    total *= 10
f(); f()
print(total)
class K:
    n = 1
    n += 5
    lst = [1]
    lst += [2]
print(K.n, K.lst)
