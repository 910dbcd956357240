import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO('a\nb\nc')
print(list(s))
s.seek(0)
print(s.readlines())
s = io.StringIO('abcdef')
print(s.read(2), s.read(2), s.tell())
s.seek(1)
s.write('XY')
print(s.getvalue())
s.truncate(3)
print(repr(s.getvalue()))
with io.StringIO() as f:
    print('to stringio', 42, file=f)
    print(f.getvalue(), end='')
print(f.closed)
try:
    f.write('x')
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
b = io.BytesIO(b'line1\nline2\n')
print(b.readline(), b.read(), b.read())
b.write(b'more')
print(b.getvalue(), b.tell())
b.seek(0)
print(list(b))
b = io.BytesIO()
b.write(b'\x00\xff')
b.write(bytearray(b'ab'))
print(b.getvalue(), len(b.getvalue()))
try:
    b.write('str')
except TypeError as e:
    print('TypeError:', e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
s = io.StringIO('x\r\ny', newline=None)
print(repr(s.read()))
s = io.StringIO(newline='')
s.write('a\r\nb\rc\n')
s.seek(0)
print(s.readlines())
class Upper(io.StringIO):
    def shout(self):
        return self.getvalue().upper()
u = Upper('quiet')
print(u.shout(), u.read())
