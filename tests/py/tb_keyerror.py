config = {"a": 1}

def get(k):
    return config[k]

print(get("a"))
print(get("b"))
