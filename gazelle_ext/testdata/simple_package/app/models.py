import json
import os.path

from app import util


class Model:
    def dump(self):
        return json.dumps({"path": os.path.join("a", util.name())})
