"""CPU-bound pure-Python work split over threads: the threads benchmark.

    work.py THREADS UNITS

Computes fib(FIB_N) recursively UNITS times in total, the units divided
evenly over THREADS threads, and prints the checksum. Timed from outside
(bench/threads/main.go) so that it needs no time module.
"""

import sys
import threading

FIB_N = 24


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(units, results, index):
    total = 0
    for _ in range(units):
        total += fib(FIB_N)
    results[index] = total


def main(argv):
    nthreads = int(argv[1])
    units = int(argv[2])
    results = [0] * nthreads
    share = units // nthreads
    threads = []
    for i in range(nthreads):
        n = share + (1 if i < units % nthreads else 0)
        threads.append(threading.Thread(target=work, args=(n, results, i)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results))


if __name__ == "__main__":
    main(sys.argv)
