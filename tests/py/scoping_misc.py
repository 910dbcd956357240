def f():
    if False:
        v = 1
    try:
        return v
    except UnboundLocalError:
        return "unbound"
print(f())
def params_shadow(len):
    return len
print(params_shadow(3))
def keywords_as_names():
    type_ = 1
    string = "s"
    nil = None
    err = "e"
    t1 = "temp"
    return type_, string, nil, err, t1
print(keywords_as_names())
def go_keywords(func, var, chan, range_=2):
    select = func + var + chan
    return select
print(go_keywords(1, 2, 3))
