# concurrent.futures: ThreadPoolExecutor, Future, wait, as_completed.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad value %d" % x)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futures = [ex.submit(square, i) for i in range(20)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
    r = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
    print(len(r.done) >= 1, type(r).__name__)
    f = ex.submit(fail, 7)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    r = cf.wait([f, ex.submit(square, 3)], return_when=cf.FIRST_EXCEPTION)
    print(len(r.done) >= 1)
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map ValueError:", e)
    name = ex.submit(lambda: threading.current_thread().name).result()
    print(name.startswith("ThreadPoolExecutor-"))
    print(ex.submit(square, x=5).result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

f = cf.Future()
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
print(f.done(), f.running(), repr(f).endswith("state=pending>"))
f.set_result(42)
f.add_done_callback(lambda fut: log.append(("cb2", fut.result())))
print(log, f.result(), repr(f).endswith("state=finished returned int>"))
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")

g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
h = cf.Future()
try:
    h.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
h.set_exception(KeyError("k"))
print(repr(h.exception()), repr(h).endswith("raised KeyError>"))

# Work that needs every worker at once: a Barrier inside the pool.
barrier = threading.Barrier(3)
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    idx = sorted(ex.map(lambda _: barrier.wait(), range(3)))
print(idx)

# Executor shutdown(wait=True) lets queued work finish.
ex = cf.ThreadPoolExecutor(2)
fs = [ex.submit(square, i) for i in range(50)]
ex.shutdown(wait=True)
print(all(f.done() for f in fs), sum(f.result() for f in fs))
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
