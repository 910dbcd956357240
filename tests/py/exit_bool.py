import sys
print("exit true")
sys.exit(True)
