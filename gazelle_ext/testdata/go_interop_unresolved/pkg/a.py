import __go__.github.com.acme.widgets
import __go__.notapackage
