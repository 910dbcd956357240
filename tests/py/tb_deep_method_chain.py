class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def last(self):
        if self.nxt is None:
            return self.value
        return self.nxt.last()

Node(Node(Node())).last()
