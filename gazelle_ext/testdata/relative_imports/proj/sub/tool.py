from .. import core
from ..core import helper


def run():
    pass
