"""Makes invalid programs by mutating the programs of snippets.jsonl (deleting,
replacing or inserting one token, seeded so the set is the same every run),
and prints, per program, CPython's verdict as a JSON line: {"src", "ok"} and
for errors "type", "msg", "lineno", "offset". Used by TestMutatedErrors.
usage: python3 mutations.py SNIPPETS.jsonl SEED COUNT
"""
import ast
import io
import json
import random
import sys
import tokenize
import warnings
warnings.simplefilter("ignore")
random.seed(int(sys.argv[2]))
base = [json.loads(l)["src"] for l in open(sys.argv[1], encoding='utf-8') if l.startswith('{')]
extra = ["def f(a, b=1, *c, d, **e):\n    return a + b\n", "class A(B):\n    x = [i for i in y]\n", "for i in range(10):\n    if i % 2:\n        print(i)\n    else:\n        continue\n",
 "while True:\n    try:\n        x = f(a, b=c)\n    except E as e:\n        raise\n", "d = {'a': 1, 'b': [1, 2, (3, 4)]}\n", "x = lambda a, b: a if b else -a\n", "import os.path as p\nfrom . import x\n", "with open(f) as g, h:\n    g.write(s[1:2])\n"]
base += extra
toks_by_src = {}
out = []
seen = set()
for it in range(int(sys.argv[3])):
    src = random.choice(base)
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    except Exception:
        continue
    toks = [t for t in toks if t.type not in (tokenize.ENDMARKER,)]
    if not toks: continue
    lines = src.splitlines(keepends=True)
    def off(pos):
        r, c = pos
        return sum(len(l) for l in lines[:r-1]) + c
    t = random.choice(toks)
    a, b = off(t.start), off(t.end)
    op = random.randrange(4)
    ins = random.choice(["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "*", "**", "if", "else", "for", "in", "lambda", "not", "x", "1", "'s'", "f'{x}'", ".", "yield", "async", "await", "\n", " ", "\t", "def", "class", "return", "@", "->", ";", ":=", "as", "is"])
    if op == 0: new = src[:a] + src[b:]
    elif op == 1: new = src[:a] + ins + src[a:]
    elif op == 2: new = src[:a] + ins + src[b:]
    else: new = src[:b] + " " + ins + " " + src[b:]
    if new in seen: continue
    seen.add(new)
    rec = {"src": new}
    try:
        compile(new, "f.py", "exec", flags=ast.PyCF_ONLY_AST)
        rec["ok"] = True
    except SyntaxError as e:
        rec.update(ok=False, type=type(e).__name__, msg=e.msg, lineno=e.lineno or 0, offset=e.offset or 0)
    except (ValueError, MemoryError, RecursionError) as e:
        continue
    out.append(rec)
for r in out:
    print(json.dumps(r))
