errors = []
for v in ["1", "x", "2"]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append(type(e))
print(errors)
