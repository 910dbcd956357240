# A small Go player: random playouts on a 9x9 board with captures, simple
# eye detection and area scoring, choosing a first move by playout
# statistics. Randomness comes from our own LCG (deterministic output).

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.neighbours = []
        for p in range(SIZE * SIZE):
            x, y = p % SIZE, p // SIZE
            ns = []
            if x > 0:
                ns.append(p - 1)
            if x < SIZE - 1:
                ns.append(p + 1)
            if y > 0:
                ns.append(p - SIZE)
            if y < SIZE - 1:
                ns.append(p + SIZE)
            self.neighbours.append(ns)
        self.ko = -1
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.neighbours = self.neighbours
        b.ko = self.ko
        b.moves = self.moves
        return b

    def group(self, p):
        colour = self.cells[p]
        stones = {p}
        stack = [p]
        liberties = set()
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == colour and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def is_eye(self, p, colour):
        for n in self.neighbours[p]:
            if self.cells[n] != colour:
                return False
        return True

    def legal(self, p, colour):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        for n in self.neighbours[p]:
            c = self.cells[n]
            if c == EMPTY:
                return True
        self.cells[p] = colour
        ok = False
        for n in self.neighbours[p]:
            c = self.cells[n]
            if c == other:
                _, libs = self.group(n)
                if not libs:
                    ok = True
                    break
            elif c == colour:
                _, libs = self.group(n)
                if libs:
                    ok = True
                    break
        self.cells[p] = EMPTY
        return ok

    def play(self, p, colour):
        self.cells[p] = colour
        other = 3 - colour
        captured = []
        for n in self.neighbours[p]:
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                        captured.append(s)
        self.ko = captured[0] if len(captured) == 1 else -1
        self.moves += 1

    def score(self):
        black = white = 0
        for p in range(SIZE * SIZE):
            c = self.cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                seen = 0
                for n in self.neighbours[p]:
                    seen |= self.cells[n]
                if seen == BLACK:
                    black += 1
                elif seen == WHITE:
                    white += 1
        return black - white


def playout(board, colour, rng):
    passes = 0
    while passes < 2 and board.moves < 300:
        empties = [p for p in range(SIZE * SIZE) if board.cells[p] == EMPTY]
        moved = False
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if not board.is_eye(p, colour) and board.legal(p, colour):
                board.play(p, colour)
                moved = True
                break
        passes = 0 if moved else passes + 1
        colour = 3 - colour
    return board.score()


def best_move(rng, playouts_per_move, candidates):
    root = Board()
    results = []
    for p in candidates:
        wins = 0
        total = 0
        for _ in range(playouts_per_move):
            b = root.copy()
            b.play(p, BLACK)
            s = playout(b, WHITE, rng)
            total += s
            if s > 0:
                wins += 1
        results.append((wins, total, p))
    results.sort()
    return results[-1], results


rng = Random(2024)
best, results = best_move(rng, 12, [0, 10, 20, 30, 40, 44, 50, 60, 70, 80])
print(best, sum(r[1] for r in results), rng.state % 1000)
