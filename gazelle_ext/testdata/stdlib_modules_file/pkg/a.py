import sys
import toml
import os
