"""Uses util without a dep on it."""
import sys
import mid

import util
print("app")
