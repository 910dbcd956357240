def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)

countdown(5)
