import util
print("mid")
