# N threads append to a shared list under a Lock; the main thread checks
# that nothing was lost.
import threading

N_THREADS = 8
PER_THREAD = 2000
lock = threading.Lock()
shared = []
counter = 0


def worker(n):
    global counter
    for i in range(PER_THREAD):
        with lock:
            shared.append(n * PER_THREAD + i)
            counter += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N_THREADS)]
print(threads[0].name, threads[-1].name)
print(repr(threads[0]))
print(threads[0].is_alive(), threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(not t.is_alive() for t in threads))
print(len(shared), counter)
print(sorted(shared) == list(range(N_THREADS * PER_THREAD)))
print(type(threads[0].ident).__name__)

# Plain list.append without a lock is atomic too.
unlocked = []


def appender(n):
    for i in range(1000):
        unlocked.append(i)


ts = [threading.Thread(target=appender, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(unlocked), sum(unlocked))

# dict writes from many threads
d = {}


def writer(n):
    for i in range(500):
        d[(n, i)] = n * i


ts = [threading.Thread(target=writer, args=(n,), name="writer-%d" % n) for n in range(6)]
print([t.name for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sum(d.values()))
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count())
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.01))
lock.release()
