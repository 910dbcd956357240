from .sub import tool
from .sub.tool import run
