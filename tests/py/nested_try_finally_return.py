def f():
    log = []
    for i in range(3):
        try:
            try:
                if i == 2:
                    return log
                log.append(i)
            finally:
                log.append("in")
        finally:
            log.append("out")
    return "never"
print(f())
