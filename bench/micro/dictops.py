# Micro-benchmark: dict get/set/contains with int and str keys.


def loop(n):
    d = {}
    keys = ["k%d" % i for i in range(50)]
    t = 0
    for i in range(n):
        k = keys[i % 50]
        d[k] = d.get(k, 0) + 1
        d[i % 1000] = i
        if (i % 7) in d:
            t += d[i % 7]
    return t, len(d), d["k3"]


print(loop(800000))
