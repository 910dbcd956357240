import json
import io
import os

buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
path = 'json_files_tmp.json'
with open(path, 'w') as f:
    json.dump({'k': 'v', 'n': [1.5, None]}, f)
with open(path) as f:
    print(json.load(f))
with open(path, 'rb') as f:
    print(json.load(f))
os.remove(path)
