def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 100]:
    print(v, classify(v))
if not []:
    print("empty list is false")
if "x":
    print("non-empty str is true")
x = 5
if x > 3 and x < 10:
    print("between")
if x < 3 or x > 4:
    print("or works")
