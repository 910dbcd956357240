counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def define():
    global newname
    newname = "created"
define()
print(newname)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
