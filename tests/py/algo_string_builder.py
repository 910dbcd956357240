rows = []
for i in range(5):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(5)))
print("\n".join(rows))
print("=" * 20)
