import unittest

from calc import calc
