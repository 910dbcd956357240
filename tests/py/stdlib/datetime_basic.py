from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.replace(day=1))
print(d.isoformat(), d.strftime('%A %d %B %Y, day %j, %a %b %y'), d.isocalendar(), d.ctime())
print(date.fromisoformat('2021-07-04'), date.fromordinal(738000), date(2020, 1, 1) < date(2021, 1, 1), f'{d:%m/%d/%Y}')
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), timedelta(0), repr(timedelta(0)), timedelta(hours=-1), repr(timedelta(hours=-1)))
print(timedelta(weeks=1) / timedelta(days=1), timedelta(hours=3) // timedelta(hours=2), timedelta(hours=1) * 2.5, -timedelta(1), abs(timedelta(-3)))
print(timedelta(minutes=90) % timedelta(hours=1), divmod(timedelta(minutes=90), timedelta(hours=1)), timedelta(seconds=1.5), timedelta(days=0.5))
print(sorted([timedelta(2), timedelta(1)]), timedelta(1) == timedelta(hours=24), bool(timedelta(0)), timedelta.max, timedelta.min)
dt = datetime(2024, 3, 15, 14, 30, 45, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.microsecond, dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I'), dt + timedelta(hours=10), dt - timedelta(days=15), dt - datetime(2024, 1, 1))
print(datetime(2024, 1, 1), repr(datetime(2024, 1, 1, 5)), datetime.combine(d, time(8, 15)), datetime.fromisoformat('2024-05-06T07:08:09'))
print(datetime.strptime('2023-07-14 09:05:01', '%Y-%m-%d %H:%M:%S'), datetime.strptime('14 Jul 2023', '%d %b %Y'), datetime.strptime('3:04 PM', '%I:%M %p'))
t = time(9, 5)
print(t, repr(t), time(23, 59, 59, 999), t.isoformat('minutes'), t.strftime('%H|%M'), time.fromisoformat('10:11:12'))
utc = timezone.utc
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.timestamp(), repr(utc), str(utc))
est = timezone(timedelta(hours=-5), 'EST')
print(aware.astimezone(est), aware.astimezone(est).tzname(), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=1))))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, timezone.utc).isoformat(), datetime.fromisoformat('2024-01-02T03:04:05+02:00'))
print(aware == datetime(2024, 6, 1, 7, 0, tzinfo=est), aware > datetime(2024, 6, 1, 6, 0, tzinfo=est), hash(aware) == hash(datetime(2024, 6, 1, 7, 0, tzinfo=est)))
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError:', e)
try:
    datetime.strptime('2023/01/01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError:', e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print('ValueError:', e)
print(date.min, date.max, datetime.min, dtmod.MINYEAR, dtmod.MAXYEAR, isinstance(dt, date), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(type(datetime.now()).__name__, isinstance(date.today(), date), datetime(2024, 1, 1) == date(2024, 1, 1))
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, datetime(2000, 2, 29).timetuple()[:6])
