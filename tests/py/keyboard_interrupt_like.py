try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    raise SystemExit(2)
except SystemExit as e:
    print("code", e.code)
