# argparse: help and usage formatting, groups, mutually exclusive groups.
import argparse

p = argparse.ArgumentParser(
    prog="tool",
    description="A tool that does things. This description is long enough that it "
                "has to be wrapped over several lines by the help formatter.",
    epilog="See the documentation for more.")
p.add_argument("input", help="the input file")
p.add_argument("output", nargs="?", help="where to write (default: %(default)s)", default="-")
p.add_argument("-v", "--verbose", action="store_true", help="talk more")
p.add_argument("-n", "--count", type=int, default=1, metavar="N",
               help="how many times to repeat the operation, a help text long enough to wrap")
p.add_argument("--mode", choices=["a", "b", "c"], help="one of %(choices)s")
p.add_argument("--very-long-option-name-here", help="option with a long name")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
g = p.add_argument_group("network", "Options for the network.")
g.add_argument("--host", default="localhost", help="host name")
g.add_argument("--port", type=int, help="port number")
m = p.add_mutually_exclusive_group()
m.add_argument("--json", action="store_true", help="JSON output")
m.add_argument("--xml", action="store_true", help="XML output")
p.print_help()
print("---")
p.print_usage()
print("---")
print(p.format_usage(), end="")

q = argparse.ArgumentParser(prog="req", add_help=False)
mx = q.add_mutually_exclusive_group(required=True)
mx.add_argument("-a", action="store_true")
mx.add_argument("-b", action="store_true")
q.add_argument("rest", nargs="*")
q.add_argument("more", nargs="+")
print(q.format_help())

r = argparse.ArgumentParser(prog="a_rather_long_program_name_for_testing",
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
for i in range(8):
    r.add_argument("--option-%d" % i, default=i, help="option number %d" % i)
r.add_argument("positional_one")
r.add_argument("positional_two", nargs="+")
r.print_help()

s = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented line two\n\nparagraph")
s.add_argument("--x", help="x   help   text")
s.print_help()
t = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
t.add_argument("--x", help="first line\n  second line")
t.print_help()
u = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE")
u.add_argument("file")
u.print_help()
v = argparse.ArgumentParser(prog="x" * 70)
v.add_argument("--alpha")
v.add_argument("--beta")
v.add_argument("gamma")
v.print_usage()
