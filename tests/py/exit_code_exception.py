class Custom(Exception):
    pass
print("out")
raise Custom("the message")
