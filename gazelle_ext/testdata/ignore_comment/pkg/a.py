# gazelle:ignore numpy, scipy.special
import numpy
import scipy.special
import os  # regular import
