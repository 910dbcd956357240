# Exceptions in threads go to threading.excepthook; the default hook
# prints "Exception in thread NAME:" and the traceback on stderr.
import threading

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def boom():
    raise ValueError("boom in thread")


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="custom-hook")
t.start()
t.join()
print(captured)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")

t = threading.Thread(target=boom)
t.start()
t.join()
print("main thread continues")
