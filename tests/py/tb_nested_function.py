def outer():
    def inner(v):
        return v["key"]
    return inner({})

outer()
