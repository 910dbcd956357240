results = []
for v in ["1", "two", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("checked", i)
