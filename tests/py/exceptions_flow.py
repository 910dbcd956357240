def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    return i
results = []
for i in range(7):
    try:
        results.append(risky(i))
    except ValueError as e:
        results.append(str(e))
        continue
    finally:
        results.append("f")
print(results)

def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("x")
        except KeyError:
            log.append("except")
            raise IndexError("y")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append("outer " + repr(e) + " ctx " + repr(e.__context__))
    return log
print(cleanup_order())

def exc_info_demo():
    import sys
    try:
        raise TypeError("t")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_info_demo()

def raise_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise RuntimeError("from else")
try:
    raise_in_else()
except RuntimeError as e:
    print(e)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("released", a[0].__name__ if a[0] else None)
def use():
    with Resource():
        raise ValueError("inside with")
try:
    use()
except ValueError as e:
    print("caught", e)
