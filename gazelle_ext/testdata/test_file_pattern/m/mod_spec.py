import m.mod
