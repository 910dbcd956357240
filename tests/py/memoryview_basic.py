# memoryview over bytes and bytearray: the buffer protocol as real code uses it.

data = b"hello world"
m = memoryview(data)
print(type(m).__name__, len(m))
print(m[0], m[-1], m[4])
print(m.tobytes())
print(m[0:5].tobytes(), m[6:].tobytes(), m[::2].tobytes(), m[::-1].tobytes())
print(m.tolist()[:5])
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides)
print(bytes(m), bytearray(m))
print(m == data, m == b"hello", m != b"other", data == m)
print(m[0:5] == b"hello", m[0:5] == memoryview(b"hello"))
print(m.obj is data)
print(m.hex(), m[:3].hex())
print(list(m[:4]))
print(b"wor" in bytes(m), 111 in m, 200 in m)

# Slices share memory with the underlying bytearray.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(mv.readonly)
mv[0] = ord("A")
print(ba)
mv[1:3] = b"BC"
print(ba)
sub = mv[3:]
sub[0] = 0x44
print(ba, sub.tobytes(), len(sub))
ba[5] = ord("F")
print(mv[5], sub.tobytes())
mv[-1:] = bytearray(b"Z")
print(ba)

# Errors on writes.
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[100]
except IndexError as e:
    print("IndexError:", e)
try:
    mv["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(12)
except TypeError as e:
    print("TypeError:", e)

# A bytearray with live exports cannot be resized.
buf = bytearray(b"xyz")
view = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print("BufferError:", e)
view.release()
buf.append(ord("!"))
print(buf)

# Released views refuse use.
try:
    len(view)
except ValueError as e:
    print("ValueError:", e)
try:
    view[0]
except ValueError as e:
    print("ValueError:", e)
print(repr(view).startswith("<released memory at 0x"))
print(repr(memoryview(b"")).startswith("<memory at 0x"))

# Context manager releases the view.
store = bytearray(b"12345")
with memoryview(store) as cm:
    print(cm[1:4].tobytes(), cm.tolist())
    cm[0] = ord("9")
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError:", e)
store.extend(b"67")
print(store)

# A memoryview of a memoryview, and hashing of read-only views.
inner = memoryview(b"abc")
outer = memoryview(inner)
print(outer.tobytes(), outer == inner, hash(inner) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"abc")))
except ValueError as e:
    print("ValueError:", e)

# Typical use: parse a buffer without copying.
packet = bytearray(b"\x03abc\x02de\x00")
pv = memoryview(packet)
pos = 0
fields = []
while pv[pos]:
    n = pv[pos]
    fields.append(pv[pos + 1:pos + 1 + n].tobytes().decode())
    pos += n + 1
print(fields)
print(bytes(pv[1:4]).upper(), bytearray(pv[5:7]))
print(isinstance(pv, memoryview), memoryview.__name__)
print(len(memoryview(b"")), memoryview(b"").tobytes(), memoryview(b"").tolist())
