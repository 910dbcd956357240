s = "héllo wörld"
print([c for c in s if c in "éö"], s.upper(), len(s.encode()))
print(s[::-1], s.split("l"), s.index("w"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print("".join(reversed("abc")), "abc" < "abd", "Z" < "a", max("hello"))
print(" ".join(w.capitalize() for w in "the quick fox".split()))
