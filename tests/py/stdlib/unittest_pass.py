# A passing unittest suite run through unittest.main(exit=False) with its
# report captured, plus fixtures order, skips and expected failures.
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran "):
                line = line[:line.index(" in ")] + " in <time>"
            out.append(line)
        return "\n".join(out)


class Alpha(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("Alpha.setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("Alpha.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        """Second test, with a docstring."""
        self.assertEqual([1, 2], [1, 2])
        self.assertIn(2, [1, 2])

    def test_a(self):
        self.assertTrue(1)
        self.assertIsNone(None)
        self.addCleanup(log.append, "cleanup test_a")

    @unittest.skip("demonstrating skipping")
    def test_c_skipped(self):
        self.fail("never")

    @unittest.skipIf(True, "condition true")
    def test_d_skipif(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_e_skipunless(self):
        pass

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)

    def test_g_skiptest(self):
        self.skipTest("inside")

    def helper(self):
        return "not a test"


class Beta(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        log.append(type(cm.exception).__name__)
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(10, 12, delta=3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])


@unittest.skip("whole class")
class Gamma(unittest.TestCase):
    def test_x(self):
        pass


stream = Capture()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(stream.text())
print(prog.result)
print(prog.result.wasSuccessful(), prog.result.testsRun, len(prog.result.skipped))
for entry in log:
    print(entry)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
suite = loader.loadTestsFromTestCase(Beta)
print(suite.countTestCases(), [t.id() for t in suite])
print(str(Alpha("test_a")), repr(Alpha("test_a")))
print(Alpha("test_b").shortDescription())

stream = Capture()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([Beta("test_almost"), Alpha("test_a")]))
print(stream.text())
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription())
r = unittest.TestResult()
ft.run(r)
print(r.testsRun, r.wasSuccessful())
