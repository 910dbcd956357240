def ret():
    try:
        return "try"
    finally:
        print("finally runs on return")

print(ret())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def swallow():
    for x in range(3):
        try:
            raise ValueError(x)
        finally:
            if x == 1:
                break
    return "swallowed"
print(swallow())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def exc_in_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("cleanup")
    except KeyError as e:
        print("caught after finally", e)
exc_in_finally()

def loop_ret():
    while True:
        try:
            return "from loop"
        finally:
            print("loop finally")
print(loop_ret())
