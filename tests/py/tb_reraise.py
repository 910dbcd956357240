def inner():
    raise ValueError("deep")

def middle():
    try:
        inner()
    except ValueError:
        print("logging and re-raising")
        raise

def outer():
    middle()

outer()
