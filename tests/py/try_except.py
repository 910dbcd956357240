def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")

print(div(1, 2))
print(div(1, 0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e))

try:
    {}["missing"]
except Exception as e:
    print("generic", repr(e))

try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(e))

def nested():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("ctx", repr(e.__context__))
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else after pass")
e = "still here"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
