from lib import x
import lib.y
