import traceback
import sys

def show(text):
    print('\n'.join(l for l in text.splitlines() if l.strip(' ~^')))

def inner():
    raise ValueError('bad value')

def outer():
    inner()

try:
    outer()
except ValueError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    print(len(s.splitlines()) >= 5)
    show(traceback.format_exc())

try:
    {}['missing']
except KeyError as e:
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print(lines[0], end='')
    print(lines[-1], end='')
    show(''.join(traceback.format_exception(e)))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), tb[0].name, tb[0].lineno)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)).count('Traceback'))
print(traceback.format_exc())
