import a.b.c.leaf
