"""Summary statistics over numbers."""


def mean(values):
    if not values:
        raise ValueError("mean of empty data")
    return sum(values) / len(values)


def top(counts, n):
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pairs[:n]
