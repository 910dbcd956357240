def parse(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError as e:
            print("skip", e)
            continue
        finally:
            print("checked", item)
    return out


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            break
    else:
        return None
    return x


with open("/dev/null") as f:
    pass
print(parse(["1", "x", "3"]), first_even([1, 3, 4]))
