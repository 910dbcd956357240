import struct
vals = [
    ("<i", (1,)), (">i", (-2,)), ("@i", (7,)), ("<hHbB", (-300, 65535, -128, 255)), (">qQ", (-2**63, 2**64 - 1)),
    ("<lL", (-2**31, 2**32 - 1)), ("@lL", (-2**63, 2**64 - 1)), ("!d", (3.141592653589793,)), ("<f", (0.1,)),
    ("<e", (0.1,)), (">e", (65504.0,)), ("<e", (-0.0,)), ("<e", (6e-08,)), ("<e", (1e-05,)), ("<?", (True,)),
    ("<?", (0,)), ("3s", (b"abcdef",)), ("5s", (b"ab",)), ("5p", (b"abcdefgh",)), ("3p", (b"",)),
    ("c", (b"z",)), ("@cid", (b"a", 5, 2.5)), ("=cid", (b"a", 5, 2.5)), ("<2x3h", (1, 2, 3)), ("@bq", (1, 2)),
    ("@qc0q", (1, b"x")), ("@nNP", (-5, 5, 12345)), ("> i h", (1, 2)), ("", ()), ("0s", (b"a",)),
]
for fmt, args in vals:
    b = struct.pack(fmt, *args)
    print(repr(fmt), struct.calcsize(fmt), b, struct.unpack(fmt, b))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<f", b"\x00\x00\xc0\x7f"))
s = struct.Struct("<2h")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), s.unpack_from(b"xx\x03\x00\x04\x00", 2))
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 7, 8); s.pack_into(ba, 4, 9, 10)
print(ba)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack_from(">h", b"abcdef", offset=-2), struct.unpack(b"<h", bytearray(b"\x05\x00")))
