class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.nxt
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList()
for v in range(5):
    ll.push(v)
print(list(ll), len(ll))
ll.reverse()
print(list(ll))
