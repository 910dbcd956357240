# Dotted imports of standard modules: os.path (which os puts into
# sys.modules), collections.abc, concurrent.futures, json.decoder.
import os.path
import collections.abc
import concurrent.futures
import json.decoder
import os.path as osp
from os import path as p2
import sys

print(os.path.join("a", "b"), osp is os.path, p2 is os.path, sys.modules["os.path"] is os.path)
print(os.path.__name__, collections.abc.Sequence.__name__, concurrent.futures.Future.__name__)
print(json.decoder.JSONDecodeError.__name__, issubclass(list, collections.abc.MutableSequence))
