# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; a well-known pangram "
        "uses every letter -- at least once.")
for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("a well-known hyphen-ated-word e-mail x-ray", width=8))
print(textwrap.wrap("a well-known hyphen-ated-word e-mail", width=8, break_on_hyphens=False))
print(textwrap.wrap("tabs\tand\nnewlines  here", width=12))
print(textwrap.wrap("   leading and trailing   ", width=10))
print(textwrap.wrap("   leading and trailing   ", width=10, drop_whitespace=False))
print(textwrap.wrap("End. Next one! Last? ok", width=80, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!   This is a test of shorten.", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world and more", width=15, placeholder="..."))
print(textwrap.wrap(text, width=30, max_lines=3))
print(textwrap.wrap(text, width=30, max_lines=2, placeholder=" (more)"))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # comment
    """)))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    x\n  \n    y\n")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True)))
w = textwrap.TextWrapper(width=15, expand_tabs=False, replace_whitespace=False)
print(w.wrap("a\tb c d e f g h i j"))
print(textwrap.wrap("", width=10), textwrap.fill("short"))
print(textwrap.wrap("Hello--world and so--on, 'em--dash'", width=9))
print(textwrap.wrap("numbers 123-456-789 and ab-cd-ef", width=12))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
