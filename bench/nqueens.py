# N-queens: count and checksum all solutions by backtracking with sets,
# plus a permutation-based generator solver for a smaller board.


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = [0] * n
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement[row] = c
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return found


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def gen_solutions(n):
    count = 0
    for p in permutations(list(range(n))):
        if len(set(p[i] + i for i in range(n))) == n and len(set(p[i] - i for i in range(n))) == n:
            count += 1
    return count


sols = solve(12)
check = 0
for s in sols:
    for i, c in enumerate(s):
        check = (check * 31 + c * (i + 1)) % 1000000007
print(len(sols), check, gen_solutions(8))
