# Timer, RLock and program exit waiting for non-daemon threads.
import threading
import queue

fired = queue.Queue()
t = threading.Timer(0.01, fired.put, args=("fired",))
t.start()
print(fired.get(timeout=5))
t.join()
c = threading.Timer(10, fired.put, args=("cancelled timer fired",))
c.start()
c.cancel()
c.join()
print(fired.empty(), type(c).__name__, isinstance(c, threading.Thread))

r = threading.RLock()
with r:
    with r:
        print("reentered")
    print(r._is_owned())
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# An RLock owned by another thread cannot be taken.
r.acquire()
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.01)))
t.start()
t.join()
r.release()
print(got)

# Recursive function holding an RLock across calls.
total = []


def recurse(n):
    with r:
        if n:
            recurse(n - 1)
        total.append(n)


ts = [threading.Thread(target=recurse, args=(10,)) for _ in range(4)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(len(total), sum(total))

# A non-daemon thread still running when the main module ends: the
# program waits for it.
done = threading.Event()


def late():
    done.wait(0.05)
    print("late thread finished")


threading.Thread(target=late).start()
print("main module done")
