import hashlib, hmac
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"hello")
    h2 = h.copy()
    h2.update(b" world")
    print(name, h.hexdigest(), h2.hexdigest()[:16], h.digest_size, h.block_size, h.name, len(h.digest()))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5().hexdigest())
print(hashlib.sha1(b"x" * 1000).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=30).hex())
m = hmac.new(b"key", b"msg", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
m2 = m.copy(); m2.update(b"more")
print(m2.hexdigest(), m.hexdigest() == hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"k" * 200, b"data", "md5").hexdigest(), hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError", e)
