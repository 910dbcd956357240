"""Renders a word-frequency report (uses textutil and stats)."""

from stats import summary
from textutil import words


def render(text, n=3):
    counts = words.count_words(text)
    lengths = [len(w) for w in words.split_words(text)]
    lines = ["words: %d, distinct: %d" % (len(lengths), len(counts))]
    lines.append("mean length: %.2f" % summary.mean(lengths))
    for word, count in summary.top(counts, n):
        lines.append("%-10s %d" % (word, count))
    return "\n".join(lines)
