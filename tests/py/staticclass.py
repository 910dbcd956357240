class MathUtil:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
class Sub(MathUtil):
    factor = 10
print(MathUtil.add(1, 2), MathUtil.scaled(2), Sub.scaled(2), Sub().scaled(1))
