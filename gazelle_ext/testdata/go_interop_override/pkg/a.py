import __go__.github.com.acme.widgets
from __go__.mycorp.thing import X
