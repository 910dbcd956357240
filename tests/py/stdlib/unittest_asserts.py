# The failure messages of TestCase's assertions (CPython's wording).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (fn.__name__, e))
    else:
        print("%s: passed" % fn.__name__)


show(t.assertEqual, 1, 2)
show(t.assertEqual, "a", "a")
show(t.assertEqual, 1, 2, "my msg")
show(t.assertNotEqual, 3, 3)
show(t.assertTrue, 0)
show(t.assertTrue, [])
show(t.assertFalse, "x")
show(t.assertIs, None, False)
show(t.assertIsNot, None, None)
show(t.assertIsNone, 5)
show(t.assertIsNotNone, None)
show(t.assertIn, 4, [1, 2, 3])
show(t.assertNotIn, 1, (1, 2))
show(t.assertIsInstance, 1, str)
show(t.assertNotIsInstance, 1, int)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertLess, 3, 2)
show(t.assertLessEqual, 3, 2)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.1, places=3)
show(t.assertAlmostEqual, 1.0, 1.5, delta=0.25)
show(t.assertNotAlmostEqual, 1.0, 1.00000001)
show(t.assertCountEqual, [1, 2, 2, 3], [1, 2, 3, 3])
show(t.fail)
show(t.fail, "explicit")
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertSetEqual, {1, 2}, {2, 3})
show(t.assertRaises(ValueError).__exit__, None, None, None)


def quiet():
    pass


show(t.assertRaises, TypeError, quiet)
try:
    with t.assertRaises(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("propagated:", e)
with t.assertRaisesRegex(ValueError, "inv.lid") as cm:
    int("invalid")
print(cm.exception)
try:
    with t.assertRaisesRegex(ValueError, "^xyz"):
        int("bad")
except AssertionError as e:
    print("regex:", e)
show(t.assertRegex, "hello world", "wor")
show(t.assertRegex, "hello", "^x")
t.longMessage = False
show(t.assertEqual, 1, 2, "only this")
show(t.assertEqual, 1, 2)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
print(issubclass(unittest.SkipTest, Exception))
