try:
    import ujson as json
except ImportError:
    import json

try:
    from speedups import fast
except (ValueError, ModuleNotFoundError):
    fast = None

try:
    import notoptional
except ValueError:
    pass
