for x in range(4):
    print("even" if x % 2 == 0 else "odd")
v = None
print(v if v is not None else "default")
print(1 if True else 1 / 0)
