class Source:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield {"id": i, "value": i * 3 % 7}
def where(rows, pred):
    return (r for r in rows if pred(r))
def select(rows, key):
    for r in rows:
        yield r[key]
print(list(select(where(Source(10), lambda r: r["value"] > 3), "id")))
