import uuid, secrets
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "x"), uuid.uuid5(uuid.NAMESPACE_OID, "y"), uuid.NAMESPACE_X500)
v4 = uuid.uuid4(); v1 = uuid.uuid1()
print(v4.version, v4.variant, len(str(v4)), v1.version, v1.variant, v4 != v1)
print(uuid.UUID(int=5, version=4), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(u) == hash(uuid.UUID(str(u))), int(uuid.UUID(int=77)))
print(uuid.UUID("00000000-0000-0000-0000-000000000000").version, uuid.RFC_4122)
for bad in [lambda: uuid.uuid3(uuid.NAMESPACE_URL, b"x"), lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"ab"), lambda: uuid.UUID(int=1, version=9)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError", e)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_urlsafe(16)))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("aaa"), 0 <= secrets.randbits(8) < 256, secrets.compare_digest("a", "a"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)
print(isinstance(secrets.SystemRandom().random(), float))
