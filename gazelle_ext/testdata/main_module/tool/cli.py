import argparse


def main():
    return 0
