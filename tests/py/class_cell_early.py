class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.made = cls.create()
    @classmethod
    def create(cls):
        return "base"
class Child(Base):
    @classmethod
    def create(cls):
        return "child+" + super().create()
    def who(self):
        return __class__.__name__
print(Child.made, Child().who())
