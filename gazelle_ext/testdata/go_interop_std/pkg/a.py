import __go__.strings
from __go__.net.http import Get
from __go__ import fmt, os
import __go__.encoding.json
