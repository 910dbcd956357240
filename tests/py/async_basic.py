class Sleep:
    def __await__(self):
        v = yield "suspend"
        return v

async def add(a, b):
    got = await Sleep()
    return a + b + got

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

def run(coro):
    value = None
    try:
        while True:
            coro.send(value)
            value = 100
    except StopIteration as e:
        return e.value

print(run(main()))

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen(n):
    for i in range(n):
        yield i * 10

async def uses():
    async with AsyncCM() as r:
        print("using", r)
        raise ValueError("suppressed")
    out = []
    async for v in Counter(3):
        out.append(v)
    async for v in agen(3):
        out.append(v)
    return out

print(run(uses()))
c = add(1, 1)
print(type(c).__name__)
c.close()
