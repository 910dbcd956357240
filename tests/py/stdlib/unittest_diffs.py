# Multi-line failure messages of the container assertions (they use
# difflib.ndiff and pprint as CPython does).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(fn, *args):
    try:
        fn(*args)
    except AssertionError as e:
        print("--- %s" % fn.__name__)
        print(e)


show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2], [1, 2, 3])
show(t.assertEqual, (1, "a"), (1, "b"))
show(t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show(t.assertEqual, "one\ntwo\nthree\n", "one\n2\nthree\n")
show(t.assertListEqual, [1], [2])
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertDictEqual, {1: "x"}, {})
show(t.assertEqual, list(range(30)), list(range(1, 31)))
