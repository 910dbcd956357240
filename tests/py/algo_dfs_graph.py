graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
def bfs(start):
    order, queue = [], [start]
    while queue:
        n = queue.pop(0)
        if n in order:
            continue
        order.append(n)
        queue.extend(graph[n])
    return order
print(dfs("a"), bfs("a"))
