"""Splitting text into words."""


def split_words(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if word:
            words.append(word)
    return words


def count_words(text):
    counts = {}
    for w in split_words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts
