# threading.local: one set of attributes per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(n):
    before = hasattr(data, "x")
    data.x = n
    for _ in range(100):
        data.x = data.x + 0
    with lock:
        seen[n] = (before, data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x)


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)
counter.bump()
results = []


def bumper():
    for _ in range(3):
        counter.bump()
    with lock:
        results.append(counter.count)


ts = [threading.Thread(target=bumper) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, counter.count)
print(type(data).__name__, isinstance(counter, threading.local))
print(sorted(data.__dict__.items()))
del data.x
print(hasattr(data, "x"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
