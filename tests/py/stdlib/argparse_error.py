# argparse: a missing required argument prints usage and an error on
# stderr and exits with status 2.
import argparse

parser = argparse.ArgumentParser(prog="prog")
parser.add_argument("x")
parser.add_argument("--y", type=int)
print(parser.parse_args(["1", "--y", "2"]))
parser.parse_args([])
print("not reached")
