# argparse: parents, conflict resolution, prefix chars, fromfile, abbreviations,
# append_const, nargs with metavar tuples, subparser errors, intermixed.
import argparse
import os
import tempfile


class P(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


def attempt(p, args):
    try:
        print(args, "->", p.parse_args(args))
    except ValueError as e:
        print(args, "-> error:", e)


parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--verbose", action="store_true", help="be chatty")
child = P(prog="child", parents=[parent])
child.add_argument("name")
attempt(child, ["--verbose", "bob"])
print(child.format_help())

r = P(prog="resolve", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("--foo", help="new foo")
print(r.format_help())

plus = P(prog="plus", prefix_chars="-+")
plus.add_argument("+x", action="store_true")
plus.add_argument("-y", type=int, default=0)
attempt(plus, ["+x", "-y", "3"])
print(plus.format_usage(), end="")

ac = P(prog="types")
ac.add_argument("--str", dest="types", action="append_const", const=str)
ac.add_argument("--int", dest="types", action="append_const", const=int)
ac.add_argument("--point", nargs=2, type=float, metavar=("X", "Y"), help="a point")
ac.add_argument("--opt", nargs="*", metavar="O")
ac.add_argument("--one", nargs=1)
attempt(ac, ["--str", "--int", "--str", "--point", "1", "2.5"])
attempt(ac, ["--point", "1"])
attempt(ac, ["--one", "a"])
attempt(ac, ["--opt"])
print(ac.format_help())

ab = P(prog="abbrev")
ab.add_argument("--foobar")
ab.add_argument("--foonley")
attempt(ab, ["--foob", "1"])
attempt(ab, ["--foo", "1"])
attempt(ab, ["--foonley=2"])
noab = P(prog="noabbrev", allow_abbrev=False)
noab.add_argument("--foobar")
attempt(noab, ["--foob", "1"])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "args.txt")
    with open(path, "w") as f:
        f.write("--foobar\nfromfile\n")
    ff = P(prog="ff", fromfile_prefix_chars="@")
    ff.add_argument("--foobar")
    ff.add_argument("rest", nargs="*")
    print(ff.parse_args(["@" + path, "x"]))

sp = P(prog="top")
subs = sp.add_subparsers(dest="cmd", metavar="COMMAND")
a = subs.add_parser("alpha", help="first")
a.add_argument("--n", type=int, required=True)
attempt(sp, ["alpha", "--n", "3"])
attempt(sp, ["beta"])
print(sp.format_help())

dflt = P(prog="defaults", argument_default=argparse.SUPPRESS)
dflt.add_argument("--a")
dflt.add_argument("--b", default=5)
attempt(dflt, [])
attempt(dflt, ["--a", "1"])

mx = P(prog="mx")
g = mx.add_mutually_exclusive_group()
g.add_argument("--yes", action="store_true")
g.add_argument("--no", action="store_true")
attempt(mx, ["--yes", "--no"])
attempt(mx, ["--no"])
inter = P(prog="inter")
inter.add_argument("--flag", action="store_true")
inter.add_argument("items", nargs="*")
attempt(inter, ["a", "--flag", "b"])
print(inter.parse_known_args(["a", "--flag", "b", "--x"]))
mt = P(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--count", type=int)
mt.add_argument("value", type=float)
print(mt.format_help())
print(repr(argparse.FileType("w")), repr(argparse.Namespace(x=1)))
