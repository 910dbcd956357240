s = "Hello, World"
print(s.lower(), s.upper(), len(s))
print(s[0], s[-1], s[1:5], s[::-1], s[::2])
print(s.split(", "), "-".join(["a", "b", "c"]))
print(s.replace("l", "L"), s.find("World"), s.startswith("Hell"))
print("  pad  ".strip() + "|", "x" * 3, "abc" + "def")
print("a" in s, "z" not in s, s.count("l"))
print(repr("it's"), repr('say "hi"'), str(12), repr(1.0))
for ch in "abc":
    print(ch, end=" ")
print()
print("%s is %d years" % ("Bob", 42))
print("{} + {} = {}".format(1, 2, 3))
