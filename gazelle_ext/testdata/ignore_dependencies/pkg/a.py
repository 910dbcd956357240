import numpy as np
import numpy.linalg
import yaml
from yaml import safe_load
import os
