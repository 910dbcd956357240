import warnings

def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    old()
    warnings.warn('runtime', RuntimeWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename.endswith('warnings_basic.py'), w[1].lineno)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised:', repr(e))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('always', category=UserWarning)
    warnings.warn('skip me')
    warnings.warn('keep me')
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('loop')
    print(len(w))

print(warnings.formatwarning('msg', UserWarning, 'f.py', 10, 'x = 1'), end='')
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn(MyWarning('custom'))
    print(w[0].category.__name__, str(w[0].message))
old()
warnings.warn('to stderr')
