# unittest: assertWarns/assertWarnsRegex and assertLogs/assertNoLogs.
import logging
import unittest
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertWarns(DeprecationWarning) as cm:
    old_api()
print(type(cm.warning).__name__, cm.warning)
t.assertWarns(DeprecationWarning, old_api)
with t.assertWarnsRegex(DeprecationWarning, "deprec"):
    old_api()
for fn in [lambda: t.assertWarns(UserWarning, old_api),
           lambda: t.assertWarnsRegex(DeprecationWarning, "^nomatch", old_api),
           lambda: t.assertWarns(UserWarning, lambda: None)]:
    try:
        fn()
    except AssertionError as e:
        print("AssertionError:", e)
with t.assertLogs("app", level="INFO") as cm:
    logging.getLogger("app").info("first message")
    logging.getLogger("app.sub").warning("second %d", 2)
    logging.getLogger("app").debug("hidden")
print(cm.output, [r.levelname for r in cm.records])
try:
    with t.assertLogs("quiet"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
with t.assertNoLogs("calm", level="ERROR"):
    logging.getLogger("calm").warning("below the level")
try:
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").error("oops")
except AssertionError as e:
    print("AssertionError:", e)
