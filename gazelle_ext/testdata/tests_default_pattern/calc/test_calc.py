import unittest

import calc.calc
