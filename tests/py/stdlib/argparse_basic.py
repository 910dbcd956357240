# argparse: actions, nargs, types, defaults, choices, parse_known_args.
import argparse


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("error: " + message)


def attempt(p, args):
    try:
        print(args, "->", p.parse_args(args))
    except ValueError as e:
        print(args, "->", e)


p = Parser(prog="demo")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-I", "--include", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--tags", nargs="*")
p.add_argument("--files", nargs="+")
p.add_argument("--level", nargs="?", const="medium", default="low")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)

attempt(p, ["a.txt"])
attempt(p, ["a.txt", "b.txt", "-vv", "-q", "--no-color"])
attempt(p, ["-n", "7", "x", "--ratio=0.5", "--mode", "slow"])
attempt(p, ["x", "-I", "a", "-Ib", "--include=c"])
attempt(p, ["x", "--const", "--pair", "k", "v", "--tags"])
attempt(p, ["x", "--tags", "t1", "t2", "--files", "f1"])
attempt(p, ["x", "--level"])
attempt(p, ["x", "--level", "high"])
attempt(p, ["x", "--ext", "1", "2", "--ext", "3", "--no-flag"])
attempt(p, ["x", "--verb", "--qu"])
attempt(p, ["x", "-vvq"])
attempt(p, ["--", "-x"])
attempt(p, [])
attempt(p, ["x", "-n", "seven"])
attempt(p, ["x", "--mode", "medium"])
attempt(p, ["x", "--pair", "k"])
attempt(p, ["x", "y", "z"])
attempt(p, ["x", "--files"])
attempt(p, ["x", "--bogus"])
attempt(p, ["x", "-n"])
attempt(p, ["x", "--ratio", "abc"])
print(p.parse_known_args(["x", "--bogus", "-z", "extra1", "extra2"]))

ns = argparse.Namespace(a=1, b="two")
print(ns, ns.a, "a" in ns, "c" in ns, ns == argparse.Namespace(b="two", a=1))
print(vars(ns))

p2 = Parser(prog="nums")
p2.add_argument("values", nargs="+", type=int)
p2.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max)
args = p2.parse_args(["1", "2", "3", "4"])
print(args.accumulate(args.values))
args = p2.parse_args(["1", "2", "3", "4", "--sum"])
print(args.accumulate(args.values))
attempt(p2, ["-1"])
p3 = Parser(prog="neg")
p3.add_argument("-1", dest="one", action="store_true")
p3.add_argument("x", nargs="?")
attempt(p3, ["-1"])
attempt(p3, ["-2"])

p4 = Parser(prog="pos")
p4.add_argument("first")
p4.add_argument("middle", nargs="*")
p4.add_argument("last")
attempt(p4, ["a", "b", "c", "d"])
attempt(p4, ["a", "b"])
attempt(p4, ["a"])
p4.set_defaults(extra="yes")
print(p4.parse_args(["a", "b"]), p4.get_default("extra"))

p5 = Parser(prog="req")
p5.add_argument("--name", required=True)
p5.add_argument("count", type=int)
attempt(p5, [])
attempt(p5, ["3"])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


p6 = Parser(prog="typed")
p6.add_argument("n", type=positive)
attempt(p6, ["5"])
attempt(p6, ["-5"])
attempt(p6, ["0"])
a = p.add_argument("--later", help="added later")
print(a)
try:
    p.add_argument("--num")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("bad", required=True)
except TypeError as e:
    print("TypeError:", e)
