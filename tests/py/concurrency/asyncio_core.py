# asyncio on Pygo: tasks, gather, wait_for, to_thread, Event, Lock, Queue, cancel.
import asyncio
import threading

log = []


async def worker(name, delay, result):
    await asyncio.sleep(delay)
    log.append(name)
    return result


async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad")


def blocking(n):
    return sum(i * i for i in range(n)), threading.current_thread() is not threading.main_thread()


async def main():
    r = await worker("a", 0, 1)
    print("single", r)
    results = await asyncio.gather(worker("slow", 0.03, 3), worker("fast", 0.01, 2), worker("mid", 0.02, 4))
    print("gather", results, log)
    t = asyncio.create_task(worker("task", 0.01, "T"))
    print("task result", await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    rs = await asyncio.gather(failing(), worker("x", 0, 5), return_exceptions=True)
    print([type(x).__name__ for x in rs])
    print(await asyncio.to_thread(blocking, 1000))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 10))
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print("event", await ev.wait(), ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.001)
            order.append(("out", i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock ok", all(order[k][1] == order[k + 1][1] for k in range(0, 6, 2)))
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while (x := await q.get()) is not None:
            got.append(x)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    return "done"


print(asyncio.run(main()))
