from ns.pkg import mod
import ns.pkg.mod
