import unittest

from srv import server

if __name__ == "__main__":
    unittest.main()
