import heapq, bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 5]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nsmallest(3, [5, 2, 8, 1, 9, 3]))
print(heapq.nlargest(3, [5, 2, 8, 1, 9, 3]))
words = ["apple", "fig", "kiwi", "banana", "date", "plum", "pear", "cherry"]
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len), heapq.nsmallest(0, words))
print(heapq.nsmallest(10, words), heapq.nlargest(10, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
pairs = [(1, 'b'), (1, 'a'), (0, 'z'), (2, 'c'), (1, 'c')]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 100))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
