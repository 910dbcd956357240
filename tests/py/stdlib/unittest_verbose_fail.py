# unittest.main with -v in argv and a failing test: exit status 1.
import sys
import unittest


class T(unittest.TestCase):
    def test_one(self):
        """The first test."""
        self.assertIn("x", "abc")

    def test_two(self):
        self.assertIsInstance(3, str, "custom message")


sys.argv[1:] = ["-v"]
unittest.main()
