total = 0
def outer():
    def inner(n):
        global total
        total += n
    for i in range(5):
        inner(i)
outer()
print(total)
def rebinder():
    global helper
    def helper():
        return "helper defined inside"
rebinder()
print(helper())
def del_global():
    global total
    del total
del_global()
print("total" in globals())
