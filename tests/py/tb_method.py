class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.item(t) for t in self.text.split(",")]

    def item(self, t):
        if not t:
            raise ValueError("empty item")
        return t

p = Parser("a,,b")
print(p.parse())
