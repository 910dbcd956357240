package syntax

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }

// ReprStr returns Python's repr() of a str value.
// TODO(front end): full CPython repr (quote choice, \x/\u escapes for non-printables) in internal/pystr.
func ReprStr(s string) string { return strconv.Quote(s) }

// ReprConst returns Python's repr() of a constant.
// TODO(front end): exact CPython repr for every kind.
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
	case StrConst:
		return ReprStr(string(v))
	}
	return "?"
}
