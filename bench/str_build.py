# String processing: tokenising, building with join and f-strings, slicing,
# str methods and dict lookups on str keys.

WORDS = "the quick brown fox jumps over the lazy dog while seven wizards hex a pale jumbo sphinx".split()


def make_text(n):
    parts = []
    for i in range(n):
        w = WORDS[(i * 7) % len(WORDS)]
        if i % 11 == 0:
            w = w.capitalize()
        parts.append(w)
        if i % 13 == 12:
            parts.append(".")
    return " ".join(parts)


def analyse(text):
    freq = {}
    lengths = {}
    for sentence in text.split("."):
        for word in sentence.split():
            key = word.lower()
            freq[key] = freq.get(key, 0) + 1
            n = len(word)
            if n in lengths:
                lengths[n] += 1
            else:
                lengths[n] = 1
    return freq, lengths


def render(freq):
    lines = []
    for word in sorted(freq):
        lines.append(f"{word:>10}: {freq[word]:6d} {'*' * (freq[word] // 2000)}")
    return "\n".join(lines)


def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


text = make_text(600000)
freq, lengths = analyse(text)
report = render(freq)
secret = rot13(text[:2000000])
print(len(text), len(freq), sorted(lengths.items()))
print(report.splitlines()[0], hash(report) == hash(report), secret[:40], secret.count("r"))
