db = {"users": [{"name": "a", "tags": []}, {"name": "b", "tags": ["x"]}]}
for u in db["users"]:
    u["tags"].append(u["name"].upper())
db["users"][0]["age"] = 30
print(db)
counts = {}
for u in db["users"]:
    for t in u["tags"]:
        counts[t] = counts.get(t, 0) + 1
print(counts)
