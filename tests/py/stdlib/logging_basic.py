import logging
import sys
import io
import os

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('debug %d', 1)
logging.info('info %s', 'two')
logging.warning('warn')
log = logging.getLogger('app')
log.info('from app')
child = logging.getLogger('app.db')
print(child.parent is log, log.parent is logging.getLogger(), child.name, child.getEffectiveLevel())
child.setLevel(logging.ERROR)
child.warning('hidden')
child.error('shown %s', 'err')
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName('INFO'))

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('[{levelname}] {name}: {message}', style='{'))
other = logging.getLogger('other')
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.debug('no')
other.info('yes %d%%', 50)
other.critical('crit')
print(repr(buf.getvalue()))

fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'hello %s', ('x',), None)
s = fmt.format(rec)
print(s[4:], len(s.split()[0]), rec.getMessage(), rec.levelname, rec.filename, rec.module)

ebuf = io.StringIO()
elog = logging.getLogger('exc')
elog.propagate = False
elog.addHandler(logging.StreamHandler(ebuf))
try:
    1 / 0
except ZeroDivisionError:
    elog.exception('failed')
print([l for l in ebuf.getvalue().splitlines() if l.strip(' ~^')])

class Only(logging.Filter):
    def filter(self, record):
        return 'keep' in record.getMessage()
f = logging.getLogger('filtered')
f.addFilter(Only())
f.warning('drop this')
f.warning('keep this')

adapter = logging.LoggerAdapter(logging.getLogger('adapted'), {'user': 'bob'})
adapter.warning('adapted msg')
path = 'logging_basic_tmp.log'
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s|%(funcName)s|%(message)s'))
fl = logging.getLogger('file')
fl.addHandler(fh)
def work():
    fl.warning('to file')
work()
fh.close()
with open(path) as fp:
    print(fp.read(), end='')
os.remove(path)
logging.disable(logging.CRITICAL)
log.critical('disabled')
logging.disable(logging.NOTSET)
log.log(logging.WARNING, 'via log')
print(logging.getLogger('app') is log, repr(log), isinstance(h, logging.Handler))
rec2 = logging.LogRecord('n', 20, __file__, 1, 'm', None, None)
lf = logging.Formatter('%(lineno)d %(funcName)s %(module)s')
class Cap(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(record)
cap = Cap()
cl = logging.getLogger('cap')
cl.addHandler(cap)
cl.propagate = False
cl.warning('where am I')
r = cap.records[0]
print(r.lineno, r.funcName, r.module, r.levelno)
