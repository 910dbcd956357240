calls = []
def idx(i):
    calls.append(i)
    return i
lst = [1, 2, 3]
lst[idx(1)] += 10
print(lst, calls)
class O:
    pass
o = O()
o.v = 5
o.v *= 3
print(o.v)
s = "a"
s += "b"
print(s)
l2 = [1]
alias = l2
l2 += [2]
print(alias, l2 is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
x = 10
x -= 3; x //= 2; x **= 2; x %= 5; x <<= 3; x |= 1; x ^= 2; x &= 0xff; x >>= 1
print(x)
d = {"k": 1}
d["k"] += 1
print(d)
