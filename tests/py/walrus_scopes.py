def f(data):
    if any((hit := x) > 2 for x in data):
        return hit
    return None
print(f([1, 5, 3]), f([1]))
print([(y := i) for i in range(3)], y)
