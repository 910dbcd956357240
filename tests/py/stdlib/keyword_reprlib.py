# keyword and reprlib.
import keyword
import reprlib

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), keyword.issoftkeyword("if"))
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)))
print(reprlib.repr("x" * 100), reprlib.repr(2 ** 200), reprlib.repr(set(range(20))), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({}), reprlib.repr(set()))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr(object)[:8])


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)


n = Node()
n.children.append(n)
print(repr(n), Node.__repr__.__name__)
from array import array
print(reprlib.repr(array("i", range(10))), reprlib.repr(array("d")))
