package syntax

import (
	"strconv"

	"github.com/pygo-dev/pygo/internal/pystr"
)

func itoa(i int) string { return strconv.Itoa(i) }

// ReprStr returns Python's repr() of a str value (see pystr.ReprStr).
func ReprStr(s string) string { return pystr.ReprStr(s) }

// ReprConst returns Python's repr() of a constant, as ast.dump prints it.
func ReprConst(c Const) string {
	switch v := c.(type) {
	case NoneConst:
		return "None"
	case BoolConst:
		if v {
			return "True"
		}
		return "False"
	case EllipsisConst:
		return "Ellipsis"
	case *IntConst:
		return v.V.String()
	case FloatConst:
		return pystr.ReprFloat(float64(v))
	case ComplexConst:
		return pystr.ReprComplex(v.Real, v.Imag)
	case StrConst:
		return pystr.ReprStr(string(v))
	case BytesConst:
		return pystr.ReprBytes([]byte(v))
	}
	return "?"
}
