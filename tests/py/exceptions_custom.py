class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class Sub(MyError):
    pass

try:
    raise Sub(42, "sub failed")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)

class Plain(Exception):
    pass
try:
    raise Plain("a", "b")
except Plain as e:
    print(e, e.args, str(e), repr(e))
print(issubclass(Sub, Exception), isinstance(Sub(1, "x"), MyError))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr()
except Exception as e:
    print(e)
