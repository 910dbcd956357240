from .circle import Circle
NAME = "shapes"
print("pkg_shapes init")
