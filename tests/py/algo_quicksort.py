def qs(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return qs([x for x in rest if x < pivot]) + [pivot] + qs([x for x in rest if x >= pivot])
import random
print(qs([5, 3, 9, 1, 5, 0, -2]))
