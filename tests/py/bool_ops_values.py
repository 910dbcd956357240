class Falsy:
    def __bool__(self):
        print("bool called")
        return False
x = Falsy() or "fallback"
print(x)
print(bool(Falsy()))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())
print(0.0 or None, 0j or "c", [] and 1)
print(1 if [0] else 2)
