class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

with Guard():
    int("not a number")
