import math
import functools
import itertools
import collections
print(math.sqrt(16), math.pi > 3, math.floor(2.7))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.chain("ab", [1])))
c = collections.Counter("abracadabra")
print(c.most_common(2))
d = collections.defaultdict(list)
d["k"].append(1)
print(dict(d))
