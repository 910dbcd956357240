def f():
    import missing.module
