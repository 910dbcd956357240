class AppError(Exception):
    pass
def load():
    try:
        int("x")
    except ValueError as e:
        raise AppError("bad config") from e
try:
    load()
except AppError as e:
    print(e, "cause:", repr(e.__cause__))
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("hidden") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__)
