# Thread subclasses, daemon flags, start/join errors.
import threading


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="squarer-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


workers = [Squarer(i) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([w.name for w in workers])
print(isinstance(workers[0], threading.Thread), type(workers[0]).__name__)


class Collector(threading.Thread):
    def run(self):
        self.seen = threading.current_thread() is self


c = Collector()
c.start()
c.join()
print(c.seen, c.name.startswith("Thread-"))

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, threading.Thread(target=print).daemon)
d.daemon = False
print(d.daemon)


def current_name():
    names.append(threading.current_thread().name)


names = []
t = threading.Thread(target=current_name, name="custom")
t.start()
t.join()
print(names)


def kw_target(a, b=0, *, c=0):
    out.append((a, b, c))


out = []
t = threading.Thread(target=kw_target, args=(1,), kwargs={"b": 2, "c": 3})
t.start()
t.join()
print(out)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=print, name=42)
print(repr(t.name))
