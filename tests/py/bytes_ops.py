b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2, b"el" in b)
print(b.upper(), b.split(b"l"), list(b[:2]), bytes(3), bytearray(b"ab"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), ba.decode())
print(b"\x00\x01".hex(), bytes.fromhex("ff00"), "é".encode(), b"caf\xc3\xa9".decode("utf-8"))
