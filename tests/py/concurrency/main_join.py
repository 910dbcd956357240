# Joining the main thread from another thread returns once the main module
# has finished; the program then waits for that thread (non-daemon).
import threading

main = threading.main_thread()
print(main.name, main.is_alive(), main.daemon)


def waiter():
    main.join()
    print("main finished; alive:", main.is_alive())


threading.Thread(target=waiter).start()
daemon = threading.Thread(target=lambda: threading.Event().wait(), daemon=True)
daemon.start()
print("daemon thread left running:", daemon.is_alive())
print("main body ends")
