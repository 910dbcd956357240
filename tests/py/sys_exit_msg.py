import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit("fatal: message")
