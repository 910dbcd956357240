import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr), calendar.MONDAY, calendar.SUNDAY)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.TextCalendar(6).formatmonth(2021, 8))
print(list(calendar.Calendar().iterweekdays()), list(calendar.Calendar(6).itermonthdays(2024, 9))[:8])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('error:', e)
print(calendar.calendar(2023)[:200])
