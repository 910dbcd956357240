# difflib: SequenceMatcher, ndiff, unified_diff, context_diff, get_close_matches.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print(op)
print(s.find_longest_match(0, 5, 0, 9))

a = ["one\n", "two\n", "three\n", "four\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print(list(difflib.restore(difflib.ndiff(a, b), 2)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell", "tree"], n=2, cutoff=0.5))
lines1 = [str(i) for i in range(20)]
lines2 = lines1[:5] + ["x"] + lines1[6:15] + lines1[16:]
for line in difflib.unified_diff(lines1, lines2, lineterm="", n=2):
    print(line)
print(list(difflib.ndiff(["abcdefg"], ["abcxefgh"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK(" # "), difflib.IS_LINE_JUNK("x"))
