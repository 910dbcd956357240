import pkg_shapes
print(pkg_shapes.NAME)
c = pkg_shapes.Circle(2)
print(c.area())
from pkg_shapes.util import name
print(name())
import pkg_shapes.util
print(pkg_shapes.util.PI)
from pkg_shapes import circle
print(circle.Circle(1).area())
