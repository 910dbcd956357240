# unittest.mock: Mock/MagicMock calls and assertions, side effects, patch.
import os
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel


def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)


m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.nested(5)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list, m.method_calls, m.mock_calls)
print(m.call_args == call(1, 2, a=3), m.call_args == ((1, 2), {"a": 3}), m.mock_calls[1] == call.method("x"))
check(m.assert_called_with, 1, 2, a=3)
check(m.assert_called_with, 1)
check(m.assert_called_once)
check(m.method.assert_called_once_with, "x")
check(m.method.assert_called_once_with, "y")
check(m.assert_any_call, 1, 2, a=3)
check(m.assert_any_call, 9)
check(m.method.nested.assert_not_called)
check(Mock().assert_called_with, 5)
check(Mock(name="thing").assert_called)
check(m.assert_has_calls, [call(1, 2, a=3), call.method("x")])
check(m.assert_has_calls, [call.method("z")])
m.reset_mock()
print(m.call_count, m.mock_calls)

r = Mock(return_value=42)
print(r(), r.return_value)
s = Mock(side_effect=[1, 2, KeyError("k")])
print(s(), s())
try:
    s()
except KeyError as e:
    print("KeyError", e)
e = Mock(side_effect=ValueError("bad"))
try:
    e()
except ValueError as ex:
    print("ValueError", ex)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
c = Mock(**{"method.return_value": 3, "attr": "value"})
print(c.method(), c.attr)
chain = Mock()
chain.a.b.c.return_value = "deep"
print(chain.a.b.c(), chain.mock_calls)
print(repr(Mock(name="foo"))[:20], repr(chain.a.b)[:22])

mm = MagicMock()
mm.__len__.return_value = 5
mm.__getitem__.return_value = "item"
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[3], list(mm), bool(mm), 1 in mm, int(mm))
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
mm.__getitem__.assert_called_with(3)
print(mm == mm, mm != mm, mm.__str__.called)

spec = Mock(spec=["read", "close"])
spec.read()
try:
    spec.write
except AttributeError as ex:
    print("AttributeError", ex)


class Target:
    value = 1

    def compute(self):
        return "real"


with patch.object(Target, "compute", return_value="mocked") as pm:
    print(Target().compute(), pm.called)
print(Target().compute())


@patch.object(Target, "value", 99)
def read_value():
    return Target.value


print(read_value(), Target.value)
with patch("os.getcwd") as getcwd:
    getcwd.return_value = "/fake"
    print(os.getcwd())
print(os.getcwd() != "/fake")


@patch("os.path.exists")
def exists(p, mock_exists):
    mock_exists.return_value = True
    return os.path.exists(p), mock_exists.call_args


print(exists("/nope/x"))
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, {"z": 0}, clear=True):
    print(d)
print(d)
p = patch.object(Target, "value", 7)
p.start()
print(Target.value)
p.stop()
print(Target.value, sentinel.marker, sentinel.marker is sentinel.marker, ANY == 5, call(1, ANY) == call(1, "x"))
print(mock.DEFAULT, repr(call.foo(1, b=2)), call(1) == call(1), call(1) == call(2))


class T(unittest.TestCase):
    @patch.object(Target, "compute")
    def test_patched(self, m):
        m.return_value = "x"
        self.assertEqual(Target().compute(), "x")
        m.assert_called_once_with()

    def test_plain(self):
        self.assertEqual(Target().compute(), "real")


result = unittest.TextTestRunner(stream=open(os.devnull, "w")).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, result.wasSuccessful())
