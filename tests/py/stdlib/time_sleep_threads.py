# time.sleep releases other threads: sleeps in several threads overlap.
# Only booleans and fixed values are printed so the output is deterministic.
import threading
import time

N, D = 5, 0.3
results = []
lock = threading.Lock()


def worker(i):
    t0 = time.monotonic()
    time.sleep(D)
    slept = time.monotonic() - t0
    with lock:
        results.append((i, slept >= D * 0.9))


start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(sorted(results))
print('each slept at least its duration:', all(ok for _, ok in results))
print('overlapped (elapsed < half the sum):', elapsed < N * D / 2)
print('elapsed at least one sleep:', elapsed >= D * 0.9)

# sleep in the main thread while workers sleep too
done = []
t = threading.Thread(target=lambda: (time.sleep(0.2), done.append('worker')))
t0 = time.monotonic()
t.start()
time.sleep(0.2)
done.append('main')
t.join()
print(sorted(done), time.monotonic() - t0 < 0.35)

# a sleeping thread does not block the main thread's work
ev = threading.Event()
sleeper = threading.Thread(target=lambda: (time.sleep(0.3), ev.set()))
sleeper.start()
counted = sum(range(100000))
print(counted, ev.is_set())
sleeper.join()
print(ev.is_set())

# clocks are monotonic and advance across sleeps
m = [time.monotonic()]
p = [time.perf_counter()]
for _ in range(5):
    time.sleep(0.01)
    m.append(time.monotonic())
    p.append(time.perf_counter())
print(all(b > a for a, b in zip(m, m[1:])), all(b > a for a, b in zip(p, p[1:])))
print(m[-1] - m[0] >= 0.045, p[-1] - p[0] >= 0.045)
print(type(time.monotonic()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
a, b = time.perf_counter_ns(), time.perf_counter_ns()
print(b >= a, time.monotonic_ns() > 0)
time.sleep(0)
for bad in (-1, 'x', None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
