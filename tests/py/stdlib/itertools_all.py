# itertools: every function, including keyword forms and bad-argument errors.
import itertools as it
import operator


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


# count
c = it.count()
print(next(c), next(c), next(c))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(2.5, 0.5), 3)))
print(list(it.islice(it.count(start=-3, step=-2), 3)))
c = it.count(7)
next(c)
print(repr(c), repr(it.count(1.5, 2)), repr(it.count(0, 3)))
err(it.count, 'a')

# cycle
print(list(it.islice(it.cycle('abc'), 8)), list(it.cycle([])))
err(it.cycle, 5)

# repeat
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)))
print(list(it.islice(it.repeat(None), 2)), repr(it.repeat('a', 2)), repr(it.repeat(5)))
print(list(map(pow, range(5), it.repeat(2))), len(list(it.repeat(0, times=4))))

# accumulate
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate('abc')), list(it.accumulate([1, 2, 3], func=lambda a, b: a - b, initial=10)))
err(it.accumulate, [1, 'a'])

# chain / from_iterable
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()))
print(list(it.chain.from_iterable(['xy', [3], range(3)])))
g = it.chain.from_iterable(x * 2 for x in 'pq')
print(next(g), list(g))
err(it.chain, 1, 2)
err(it.chain.from_iterable, [1])

# compress
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [0, 1] * 2)))
print(list(it.compress(data='abc', selectors=[True, False, True])))
err(it.compress, 'abc')

# dropwhile / takewhile / filterfalse
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
err(it.takewhile, len)
err(it.filterfalse, None, 3)

# groupby
for k, g in it.groupby('AAAABBBCCDAABBB'):
    print(k, ''.join(g), end='; ')
print()
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
print({k: list(v) for k, v in it.groupby(data, key=lambda s: s[0])})
groups = it.groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.groupby([])))

# islice
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice(range(10), 1, 8, 3)), list(it.islice('ab', None)))
err(it.islice, 'abc', -1)
err(it.islice, 'abc', 0, 2, 0)
err(it.islice, 'abc', 'x')
err(it.islice, 'abc')
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))

# pairwise
print(list(it.pairwise('ABCD')), list(it.pairwise('A')), list(it.pairwise([])))
err(it.pairwise, 3)

# starmap
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
err(it.starmap, pow, [1])

# tee
a, b = it.tee([1, 2, 3])
print(next(a), list(a), list(b))
ts = it.tee(iter('xyz'), 3)
print(type(ts).__name__, len(ts), [''.join(t) for t in ts])
print(it.tee('ab', 0))
err(it.tee, 'ab', -1)
a, b = it.tee(range(4))
c, d = it.tee(a)
print(list(c), list(d), list(b))

# zip_longest
print(list(it.zip_longest('ABCD', 'xy')), list(it.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(it.zip_longest()), list(it.zip_longest([1], [], [2, 3], fillvalue=0)))
err(it.zip_longest, 'a', 1)
err(it.zip_longest, 'a', fill=1)

# product
print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product('ab', [])), list(it.product('ab', repeat=0)))
print(list(it.product('ab', 'c', repeat=2)))
err(it.product, 'ab', repeat=-1)
err(it.product, 1)

# permutations
print(list(it.permutations('ABC')), list(it.permutations(range(3), 2)))
print(list(it.permutations('AB', 0)), list(it.permutations('AB', 3)), len(list(it.permutations(range(5)))))
err(it.permutations, 'abc', -1)
err(it.permutations, 'abc', 'x')

# combinations
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('AB', 0)), list(it.combinations('AB', 3)))
err(it.combinations, 'abc', -1)
err(it.combinations, 'abc')

# combinations_with_replacement
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)))
print(list(it.combinations_with_replacement('AB', 0)), len(list(it.combinations_with_replacement(range(4), 3))))
err(it.combinations_with_replacement, 'abc', -2)

# laziness with infinite inputs and recipes combining several functions
print(list(it.islice(it.accumulate(it.count(1)), 5)))
print(list(it.islice(zip(it.count(), it.cycle('ab')), 4)))
print(sum(1 for _ in it.product(range(3), repeat=4)))


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


print(list(roundrobin('ABC', 'D', 'EF')))
print(type(it.count()).__name__, type(it.chain()).__name__, type(it.groupby('')).__name__)
