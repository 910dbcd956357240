# A failing unittest suite: unittest.main() reports on stderr and exits 1
# (the last stderr line is "FAILED (failures=3, errors=2)").
import unittest


class Broken(unittest.TestCase):
    def test_equal(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise ValueError("boom")

    def test_ok(self):
        self.assertTrue(True)

    def test_subtest(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def test_unexpected(self):
        pass


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never(self):
        pass


print("running")
unittest.main()
