import os

path = 'io_files_tmp.txt'
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second ✓ line\n'))
    f.writelines(['third\n', 'fourth'])
    print(f.closed, f.mode, f.name)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readlines())
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'r') as f:
    print(f.read().splitlines())
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:10])
    f.seek(0)
    print(f.read(5), f.tell(), f.readline())
with open(path, 'wb') as f:
    f.write(b'bin\r\nary\r\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5))
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read())
try:
    open('does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.errno, e.filename)
try:
    open(path, 'rw')
except ValueError as e:
    print('ValueError:', e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
with open(path, 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, 'wb') as f:
    try:
        f.write('x')
    except TypeError as e:
        print('TypeError:', e)
with open(path, 'w') as f:
    print('via print', 1, 2, file=f)
with open(path) as f:
    print(f.read(), end='')
os.remove(path)
print(os.path.exists(path))
