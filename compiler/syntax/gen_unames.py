#!/usr/bin/env python3
"""Generates unames.txt.gz, the Unicode character names used to decode
\\N{NAME} escapes, from CPython 3.11's unicodedata (Unicode 14.0).

Lines are "HEX NAME" for each named code point, except that names of the form
PREFIX-HEX (CJK UNIFIED IDEOGRAPH-4E00, TANGUT IDEOGRAPH-17000, ...) are
written as ranges "R START END PREFIX-". Name aliases (\N{NBSP}, \N{LINE FEED})
come after, in the same "HEX NAME" form: unicodedata cannot list them, so the
candidates are read from Perl's unicore/Name.pl (Unicode 14.0 on Debian 12)
and each is kept only if CPython's unicodedata.lookup resolves it to one
character. Run:
    python3 compiler/syntax/gen_unames.py
"""
import glob
import gzip
import os
import re
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")
lines = []
ranges = {}
for c in range(0x110000):
    name = unicodedata.name(chr(c), None)
    if name is None:
        continue
    for pre in PREFIXES:
        if name.startswith(pre) and name == pre + "%04X" % c:
            r = ranges.setdefault(pre, [])
            if r and r[-1][1] == c - 1:
                r[-1][1] = c
            else:
                r.append([c, c])
            break
    else:
        lines.append("%X %s" % (c, name))
aliases = []
for cand in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")):
    with open(cand, encoding="utf-8") as f:
        text = f.read()
    for name in sorted(set(re.findall(r"^([A-Z][A-Z0-9 ()-]*)$", text, re.M))):
        try:
            ch = unicodedata.lookup(name)
        except KeyError:
            continue
        if len(ch) == 1 and unicodedata.name(ch, None) != name:
            aliases.append("%X %s" % (ord(ch), name))
    break
lines.extend(aliases)
for pre, rs in ranges.items():
    for a, b in rs:
        lines.append("R %X %X %s" % (a, b, pre))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unames.txt.gz")
with gzip.GzipFile(out, "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode())
