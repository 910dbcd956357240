import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.time_ns()
time.sleep(0.05)
print(time.time() - t0 >= 0.04, time.monotonic() - m0 >= 0.04, time.perf_counter() - p0 >= 0.04, time.time_ns() > n0)
print(type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__, time.monotonic_ns() > 0)
g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g[0], g[-1], len(g), list(g)[:3], g.tm_zone, g.tm_gmtoff)
print(time.gmtime(0), time.gmtime(1e9 + 0.7).tm_sec)
print(time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %A %b %B %j %U %W %w %y %p %I %e %%", g))
print(time.strftime("%c | %x | %X | %D | %T | %R | %F | %C | %u | %V %G", g))
print(time.strftime("%Y", (2020, 1, 2, 3, 4, 5, 3, 2, 0)))
s = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")
print(s, s.tm_isdst)
print(time.strptime("14 Nov 2023", "%d %b %Y"), time.strptime("Tuesday March 05 99", "%A %B %d %y")[:3])
print(time.strptime("10:30 PM", "%I:%M %p")[3:5], time.strptime("2024-060", "%Y-%j")[7])
for args in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01x", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0))
print(st, st == (2020, 5, 17, 1, 2, 3, 6, 138, 0), st.tm_mday)
print(time.gmtime(time.mktime(time.localtime(1234567890)))[:6] == time.gmtime(1234567890)[:6])
print(time.ctime(0) == time.asctime(time.localtime(0)))
