def r(x):
    raise x
for x in [ValueError, ValueError("inst"), KeyError("k")]:
    try:
        r(x)
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("a") from 3
except TypeError as e:
    print(e)
