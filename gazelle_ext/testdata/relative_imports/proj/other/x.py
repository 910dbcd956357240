from ..sub import tool
