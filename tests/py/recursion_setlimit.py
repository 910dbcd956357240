# sys.setrecursionlimit / getrecursionlimit and recovering from RecursionError.
import sys

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def forever(n):
    return forever(n + 1)


print(depth(500))

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(type(e).__name__, isinstance(e, RuntimeError), e.args)

# Recursion works again after the error was caught.
print(depth(100))

try:
    depth(1000)
except RecursionError as e:
    print("caught deep:", e)
print(depth(50))

# A RecursionError is an ordinary RuntimeError for except clauses.
try:
    forever(0)
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__)

# Mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(51))
try:
    is_even(10 ** 6)
except RecursionError as e:
    print("mutual:", e)


# Recursion through methods and __repr__.
class Node:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"


try:
    repr(Node())
except RecursionError as e:
    print("repr:", type(e).__name__)


# Catching inside the recursion and unwinding normally.
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


reached = probe(0)
print(reached > 100, reached < 200)

# Raising the limit allows deeper recursion.
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

# Invalid limits.
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit() == old)


# The limit cannot be set below the current depth.
def set_low_at_depth(n):
    if n:
        return set_low_at_depth(n - 1)
    try:
        sys.setrecursionlimit(10)
    except RecursionError as e:
        return "too low: " + str(e).split(":")[1].strip()
    return "accepted"


print(set_low_at_depth(30))
print(sys.getrecursionlimit() == old)

# An uncaught RecursionError ends the program with a traceback.
sys.setrecursionlimit(100)
forever(0)
