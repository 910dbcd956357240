import sys

print("Hello from Pygo!")
