# shlex: split/quote/join and the shlex lexer class.
import shlex

print(shlex.split('ls -l "my file.txt" \'single quoted\' back\\ slash'))
print(shlex.split('a "b \\"c\\" d" e'))
print(shlex.split("echo 'it'\"'\"'s' done"))
print(shlex.split("cmd # comment here", comments=True))
print(shlex.split("cmd # not a comment"))
print(shlex.split('x="a b" y=c'))
print(shlex.split('a "" b \'\''))
print(shlex.split("  leading   and trailing  "))
print(shlex.split("non posix 'quotes kept'", posix=False))
print(shlex.split('esc\\aped "in\\side" \'no\\esc\''))
for bad in ['unclosed "quote', "trailing backslash \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
for s in ["", "simple", "has space", "it's", "$HOME", "a;b", "safe-chars_@%+=:,./", "tab\there"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["echo", "hello world", "it's", "x"]))
print(shlex.split(shlex.join(["a b", "c'd", ""])))

lex = shlex.shlex("a = b + 'c d' ; e")
print(list(lex))
lex = shlex.shlex("foo=bar; baz", posix=True)
print([t for t in lex])
lex = shlex.shlex("a && b || c; (d > e)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls -la | grep foo>out.txt", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two\nthree # c\nfour")
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens)
lex = shlex.shlex("x y")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(shlex.shlex("abc").error_leader("file.txt", 3))
