# signal: constants, handlers, raise_signal calling a Python handler.
import signal

print(repr(signal.SIGINT), int(signal.SIGTERM), repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)),
      repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGUSR1), signal.strsignal(2), signal.strsignal(signal.SIGTERM))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()), repr(signal.Signals(15)), repr(signal.Signals["SIGHUP"]))
seen = []


def handler(signum, frame):
    seen.append(signum)
    print("handled", signum, repr(signum))


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
signal.raise_signal(signal.SIGUSR1)
print("after", seen)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, repr(signal.getsignal(signal.SIGUSR1)))
for bad in [999, 0]:
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print("ValueError:", e)
try:
    signal.signal(signal.SIGUSR2, "nope")
except TypeError as e:
    print("TypeError:", e)
print(signal.alarm(0))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored")
