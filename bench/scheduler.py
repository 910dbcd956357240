# A Richards-style operating-system simulation: a scheduler runs a set of
# tasks (idle, worker, handler, device) that exchange packets through
# queues; lots of small methods, attribute access and linked lists.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.waiting = False
        return pkt

    def deliver(self, pkt):
        pkt.link = None
        was_empty = self.queue is None
        self.queue = pkt.append_to(self.queue)
        return was_empty


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.waiting = False
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.datum
            if count < DATA_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.send(dev, dev.ident)
            else:
                self.work = work.link
                return self.sched.send(work, WORKER)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(pkt, pkt.ident)
        self.pending = pkt
        self.sched.checksum = (self.sched.checksum * 7 + pkt.datum) % 1000003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.checksum = 0

    def run(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.step(t.take_packet())
            else:
                t = t.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt, ident):
        t = self.table[ident]
        self.send_count += 1
        pkt.ident = self.current.ident
        if t.deliver(pkt) and t.priority > self.current.priority:
            t.waiting = False
            return t
        t.waiting = False if t.queue is not None else t.waiting
        return self.current


def build(count):
    s = Scheduler()
    IdleTask(s, IDLE, 1, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    return s


total_hold = total_send = 0
check = 0
for rep in range(8):
    s = build(25000 + rep)
    s.run()
    total_hold += s.hold_count
    total_send += s.send_count
    check = (check * 31 + s.checksum) % 1000000007
print(total_hold, total_send, check)
