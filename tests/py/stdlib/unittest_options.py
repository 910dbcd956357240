# unittest.main options: test names, -k patterns, -f (failfast), -q; errors
# in setUp/tearDown/cleanups, skipped classes, setUpClass skips.
import sys
import unittest


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
            if line.startswith("  File "):
                line = line[:line.index(", line")] + ", line N" + line[line.index(", in "):]
            out.append(line)
        return "\n".join(out)


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("a", "b")

    def test_three(self):
        pass


class B(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_bad_setup":
            raise RuntimeError("setup broke")

    def tearDown(self):
        if self._testMethodName == "test_bad_teardown":
            raise KeyError("teardown broke")

    def test_bad_setup(self):
        print("never printed")

    def test_bad_teardown(self):
        pass

    def test_cleanup_error(self):
        def boom():
            raise ValueError("cleanup broke")
        self.addCleanup(boom)


class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")

    def test_x(self):
        pass


def run(argv, verbosity=2):
    stream = Capture()
    prog = unittest.main(argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=verbosity))
    print("== %s" % " ".join(argv[1:]))
    print(stream.text())
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())


run(["prog", "A"])
run(["prog", "A.test_one", "B.test_bad_teardown"])
run(["prog", "-k", "one"])
run(["prog", "-k", "*bad*"])
run(["prog", "-f", "A"])
run(["prog", "-q", "A"], verbosity=1)
run(["prog", "B", "C"])
run(["prog", "C"])
