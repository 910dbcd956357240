from pkg.sub import mod
from pkg import sub
