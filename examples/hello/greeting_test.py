from greeting import greeting

assert greeting("Pygo") == "Hello from Pygo!", greeting("Pygo")
assert greeting("you").endswith("you!")
print("ok")
