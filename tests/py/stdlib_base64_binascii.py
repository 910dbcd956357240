import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)) * 3]
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d))
    print(base64.b32decode(base64.b32encode(d)) == d, base64.b16decode(base64.b16encode(d)) == d)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/+/"), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYg==trailing"))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode(b"aGk="), base64.b16decode(b"ab", casefold=True))
for bad in [lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9vYg"), lambda: base64.b64decode("Zm9v!", validate=True),
            lambda: base64.b64encode("str"), lambda: base64.b64decode(5), lambda: base64.b32decode(b"MZXW6"),
            lambda: base64.b16decode(b"ab"), lambda: base64.b64decode("é")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify(b"01abff"), binascii.a2b_hex("4142"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"))
for bad in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz")]:
    try:
        bad()
    except binascii.Error as e:
        print("Error", e, isinstance(e, ValueError))
