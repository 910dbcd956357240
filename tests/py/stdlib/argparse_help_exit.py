# argparse: -h prints the help and exits with status 0; sys.argv is used
# when parse_args gets no list.
import sys
import argparse

sys.argv = ["prog.py", "-h"]
parser = argparse.ArgumentParser(description="Process some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
                    help="sum the integers (default: find the max)")
parser.parse_args()
