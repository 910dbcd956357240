def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("conversion failed")

convert("x")
