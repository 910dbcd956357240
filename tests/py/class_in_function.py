def factory(base_greeting):
    class Base:
        def greet(self):
            return base_greeting
    class Child(Base):
        def greet(self):
            return super().greet() + " from child"
    return Child

C = factory("hello")
print(C().greet())
print(C.__qualname__, C.greet.__qualname__)
C2 = factory("hi")
print(C2().greet(), C().greet())
