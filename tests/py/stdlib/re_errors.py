import re

for pat in ['(', 'a)', '*a', 'a**', '[abc', '(?P<1>x)', '(?P=nope)', r'\q', 'a{3,1}', r'(a)\2', '(?Px)', '(?<x)']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print('error:', pat, '|', e, '|', e.msg, e.pos)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    re.sub('a', r'\q', 'a')
except re.error as e:
    print('error:', e)
try:
    re.match('(a)', 'a').group(3)
except IndexError as e:
    print('IndexError:', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(re.error, Exception))
