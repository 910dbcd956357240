for exc in [KeyError, IndexError, ZeroDivisionError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopIteration]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-1]])
