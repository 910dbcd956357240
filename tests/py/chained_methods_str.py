text = "  Hello, World! Hello!  "
print(text.strip().lower().replace("hello", "bye").split(", "))
print(text.count("Hello"), text.strip().endswith("!"), text.find("x"))
words = text.split()
print(len(words), words[-1][::-1], "-".join(w.strip(",!") for w in words))
