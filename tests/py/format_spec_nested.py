for w in [5, 8]:
    for p in [1, 3]:
        print(f"[{3.14159:{w}.{p}f}]")
val = 255
print(f"{val:#x} {val:#o} {val:#b} {val:,} {1e6:,.2f} {0.5:%}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^10}")
print(f"{-5:+} {5:+} {5: } {-3.5:08.2f}")
x = 3
print(f"{x=}, {x*2=}, {'s'!r:>5}")
