def boom():
    raise RuntimeError("broken at import")

boom()
