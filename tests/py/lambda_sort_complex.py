data = [{"n": "b", "s": 2}, {"n": "a", "s": 2}, {"n": "c", "s": 1}]
print([d["n"] for d in sorted(data, key=lambda d: (d["s"], d["n"]))])
print(sorted(range(-5, 5), key=abs))
print(sorted(["aa", "b", "ccc"], key=len, reverse=True))
