class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + "</" + self.name + ">")
        return False
with Tag("html"):
    with Tag("body"), Tag("div") as d:
        print("  " * Tag.depth + "text in " + d.name)
def gen_with():
    with Tag("gen"):
        yield 1
        yield 2
for v in gen_with():
    print("got", v)
