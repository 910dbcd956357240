# argparse: subcommands with add_subparsers/add_parser.
import argparse

parser = argparse.ArgumentParser(prog="git")
parser.add_argument("--debug", action="store_true")
sub = parser.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("--force", action="store_true")
print(parser.parse_args(["commit", "-m", "msg"]))
print(parser.parse_args(["--debug", "push", "upstream", "--force"]))
print(parser.parse_args(["p"]))
print(parser.parse_args([]))
parser.print_help()
c.print_help()
print(parser.parse_known_args(["push", "--nope"]))

p2 = argparse.ArgumentParser(prog="calc")
subs = p2.add_subparsers(title="commands", description="valid commands", required=True, dest="cmd")
add = subs.add_parser("add")
add.add_argument("x", type=int)
add.add_argument("y", type=int)
add.set_defaults(func=lambda a: a.x + a.y)
mul = subs.add_parser("mul")
mul.add_argument("nums", type=int, nargs="+")


def product(a):
    r = 1
    for n in a.nums:
        r *= n
    return r


mul.set_defaults(func=product)
for argv in (["add", "2", "3"], ["mul", "2", "3", "4"]):
    ns = p2.parse_args(argv)
    print(ns.cmd, ns.func(ns))
p2.print_help()
try:
    p2.parse_args(["div"])
except SystemExit as e:
    print("exit", e.code)
