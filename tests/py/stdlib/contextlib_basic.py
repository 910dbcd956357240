from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, redirect_stderr
import io

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    {}['k']
print('after swallow')

@tag('deco')
def decorated():
    print('in decorated')
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stacked'))
    print('body')

with nullcontext(5) as v:
    print('null', v)

buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print('captured:', repr(buf.getvalue()))
err = io.StringIO()
import sys
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

with ExitStack() as st:
    st.push(lambda *exc: True)
    raise ValueError('dropped')
print('exitstack suppressed')
