from ... import nothing
from . import fine
