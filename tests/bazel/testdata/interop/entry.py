import uses
print("entry: done")
