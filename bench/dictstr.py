# Dict and str work: word counting, string building, formatting.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
parts = []
for i in range(1000000):
    w = words[i % 8] + str(i % 100)
    counts[w] = counts.get(w, 0) + 1
    if i % 1000 == 0:
        parts.append(w.upper())
text = ",".join(parts)
total = 0
for k, v in counts.items():
    total += len(k) * v
print(len(counts), total, len(text), text[:30])
