# Producers and consumers connected by queue.Queue, plus the other queues.
import queue
import threading

q = queue.Queue(maxsize=10)
results = []
results_lock = threading.Lock()
N_PRODUCERS, N_CONSUMERS, PER_PRODUCER = 3, 4, 500


def producer(p):
    for i in range(PER_PRODUCER):
        q.put(p * PER_PRODUCER + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with results_lock:
            results.append(item * 2)
        q.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
total = N_PRODUCERS * PER_PRODUCER
print(len(results), sum(results) == 2 * sum(range(total)))
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)

try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty after timeout", repr(e))
small = queue.Queue(1)
small.put("x")
try:
    small.put("y", timeout=0.01)
except queue.Full:
    print("Full", small.qsize(), small.full())
try:
    small.put_nowait("z")
except queue.Full:
    print("Full again")
print(small.get())
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (0, "z")]:
    pq.put(item)
print([pq.get()[1] for _ in range(6)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(issubclass(queue.Empty, Exception), queue.Full.__name__, queue.Empty.__name__)

# A pipeline: stage 1 squares, stage 2 sums.
q1, q2 = queue.Queue(), queue.Queue()


def stage1():
    while (x := q1.get()) is not None:
        q2.put(x * x)
    q2.put(None)


total = []


def stage2():
    s = 0
    while (x := q2.get()) is not None:
        s += x
    total.append(s)


ts = [threading.Thread(target=stage1), threading.Thread(target=stage2)]
for t in ts:
    t.start()
for i in range(100):
    q1.put(i)
q1.put(None)
for t in ts:
    t.join()
print(total)
