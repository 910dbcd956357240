# getopt: short and long options, gnu_getopt, errors.
import getopt

args = "-a -b -cfoo -d bar a1 a2".split()
print(getopt.getopt(args, "abc:d:"))
args = ["--condition=foo", "--testing", "--output-file", "abc.def", "-x", "a1", "a2"]
print(getopt.getopt(args, "x", ["condition=", "output-file=", "testing"]))
print(getopt.getopt(["--out=1", "--test", "rest"], "", ["output=", "testing"]))
print(getopt.getopt(["-a", "--", "-b"], "ab"))
print(getopt.getopt(["-a", "-", "-b"], "ab"))
print(getopt.getopt(["x", "-a"], "a"))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "v", "z"], "a", ["long="]))
print(getopt.gnu_getopt(["x", "-a"], "+a"))
print(getopt.gnu_getopt(["-a", "--", "-b", "c"], "ab"))
print(getopt.getopt(["--long"], "", "long"))
for argv, short, longs in [(["-z"], "a", []), (["-a"], "a:", []), (["--foo"], "", ["bar"]),
                           (["--te"], "", ["test", "team"]), (["--test=1"], "", ["test"]),
                           (["--req"], "", ["req="])]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt:", repr(e.opt), "| msg:", e.msg, e.args)
print(getopt.error is getopt.GetoptError)
