class Account:
    def __init__(self):
        self.__balance = 10
    def deposit(self, n):
        self.__balance += n
        return self.__balance
a = Account()
print(a.deposit(5))
print(a._Account__balance)
try:
    a.__balance
except AttributeError:
    print("private hidden")
print(sorted(k for k in vars(a)))
