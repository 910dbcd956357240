from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lib.a


def f():
    import lib.b


class C:
    from lib import c

    def m(self):
        with open("x") as fh:
            for _ in fh:
                while True:
                    import lib.d


try:
    pass
finally:
    import lib.e

match 1:
    case 1:
        import lib.f
