def f(items):
    for it in items:
        if it > 2:
            found = it
            break
    return found
print(f([1, 3]))
try:
    f([1])
except UnboundLocalError as e:
    print(e)
