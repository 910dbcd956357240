import sys
print("a", "b", sep="")
print("x", end="")
print("y")
print(1, 2, 3, sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print(*range(3))
print("flush", flush=True)
sys.stdout.write("direct write\n")
