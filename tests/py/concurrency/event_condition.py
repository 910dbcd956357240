# Event and Condition handshakes, Semaphore limits, Barrier.
import threading

# Ping-pong with two Events.
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)
print(ping.is_set(), pong.wait(0.01), ping.wait(timeout=0))

# Condition: a bounded buffer.
cond = threading.Condition()
buf = []
consumed = []


def consume():
    for _ in range(50):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()


c = threading.Thread(target=consume)
c.start()
for i in range(50):
    with cond:
        cond.wait_for(lambda: len(buf) < 3)
        buf.append(i)
        cond.notify_all()
c.join()
print(consumed == list(range(50)), buf)

with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 7, timeout=0.01), cond.wait_for(lambda: 0, timeout=0.01))
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(n) wakes exactly n waiters.
cv = threading.Condition(threading.Lock())
ready = threading.Semaphore(0)
finished = threading.Semaphore(0)
tokens = 0
woken = []


def waiter(i):
    global tokens
    with cv:
        ready.release()
        while tokens == 0:
            cv.wait()
        tokens -= 1
        woken.append(i)
    finished.release()


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
for _ in ws:
    ready.acquire()
with cv:
    tokens = 2
    cv.notify(2)
finished.acquire()
finished.acquire()
with cv:
    print(len(woken), tokens)
    tokens = 2
    cv.notify_all()
for w in ws:
    w.join()
print(sorted(woken))

# A Semaphore keeps at most 2 workers inside.
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()
gate = threading.Barrier(6)


def limited():
    global inside, peak
    gate.wait()
    for _ in range(20):
        with sem:
            with guard:
                inside += 1
                peak = max(peak, inside)
            with guard:
                inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Barrier: each arrival gets a distinct index; the action runs once.
actions = []
bar = threading.Barrier(4, action=lambda: actions.append("all here"))
indices = []


def arrive():
    indices.append(bar.wait())


ts = [threading.Thread(target=arrive) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, bar.parties, bar.n_waiting, bar.broken)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError")
bar.abort()
print(bar.broken)
bar.reset()
print(bar.broken)
