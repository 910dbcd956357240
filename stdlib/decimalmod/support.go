package decimalmod

import (
	"strings"

	"github.com/cockroachdb/apd/v3"
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_decimal", Doc: "Go helpers of Pygo's decimal (arithmetic by cockroachdb/apd).", Body: supportBody})
}

// Condition bits reported to the Python side (its _CONDITIONS table).
const (
	fInvalid = 1 << iota
	fDivByZero
	fDivImpossible
	fDivUndefined
	fInexact
	fRounded
	fSubnormal
	fOverflow
	fUnderflow
	fClamped
)

func flagsOf(c apd.Condition) int {
	f := 0
	for _, m := range []struct {
		c apd.Condition
		f int
	}{{apd.InvalidOperation, fInvalid}, {apd.DivisionByZero, fDivByZero}, {apd.DivisionImpossible, fDivImpossible},
		{apd.DivisionUndefined, fDivUndefined}, {apd.Inexact, fInexact}, {apd.Rounded, fRounded},
		{apd.Subnormal, fSubnormal}, {apd.Overflow, fOverflow}, {apd.Underflow, fUnderflow}, {apd.Clamped, fClamped},
		{apd.SystemOverflow, fOverflow | fInexact | fRounded}, {apd.SystemUnderflow, fUnderflow | fInexact | fRounded | fSubnormal}} {
		if c&m.c != 0 {
			f |= m.f
		}
	}
	return f
}

var roundings = map[string]apd.Rounder{
	"ROUND_DOWN": apd.RoundDown, "ROUND_HALF_UP": apd.RoundHalfUp, "ROUND_HALF_EVEN": apd.RoundHalfEven,
	"ROUND_CEILING": apd.RoundCeiling, "ROUND_FLOOR": apd.RoundFloor, "ROUND_UP": apd.RoundUp,
	"ROUND_HALF_DOWN": apd.RoundHalfDown, "ROUND_05UP": apd.Round05Up,
}

// toApd converts the Python side's (sign, digits, exp) triple; exp is an
// int, or 'F' (infinity), 'n' (quiet NaN), 'N' (signaling NaN).
func toApd(th *py.Thread, o py.Object) (*apd.Decimal, error) {
	t, err := py.Unpack(th, o, 3)
	if err != nil {
		return nil, err
	}
	sign, err := modutil.Int64(th, t[0])
	if err != nil {
		return nil, err
	}
	digits, _ := modutil.Str(t[1])
	d := &apd.Decimal{Negative: sign == 1}
	if s, ok := modutil.Str(t[2]); ok {
		switch s {
		case "F":
			d.Form = apd.Infinite
		case "n":
			d.Form = apd.NaN
		default:
			d.Form = apd.NaNSignaling
		}
		if digits != "" {
			d.Coeff.SetString(digits, 10)
		}
		return d, nil
	}
	exp, err := modutil.Int64(th, t[2])
	if err != nil {
		return nil, err
	}
	if _, ok := d.Coeff.SetString(digits, 10); !ok {
		return nil, py.NewError(py.ValueErrorType, "bad digits %q", digits)
	}
	d.Exponent = int32(exp)
	return d, nil
}

func fromApd(d *apd.Decimal) py.Object {
	sign := py.Int(0)
	if d.Negative {
		sign = 1
	}
	digits := d.Coeff.String()
	switch d.Form {
	case apd.Infinite:
		return py.NewTuple([]py.Object{sign, py.NewStr("0"), py.NewStr("F")})
	case apd.NaN, apd.NaNSignaling:
		if digits == "0" {
			digits = ""
		}
		e := "n"
		if d.Form == apd.NaNSignaling {
			e = "N"
		}
		return py.NewTuple([]py.Object{sign, py.NewStr(digits), py.NewStr(e)})
	}
	return py.NewTuple([]py.Object{sign, py.NewStr(digits), py.Int(d.Exponent)})
}

func supportBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	// parse(text) -> (sign, digits, exp) or None: the exact value of a
	// numeric string (whitespace and underscores already removed).
	mod.Func("parse", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("parse", args, kw, 1); err != nil {
			return nil, err
		}
		s, _ := modutil.Str(args[0])
		if s == "" || strings.ContainsAny(s, " \t\n") {
			return py.None, nil
		}
		d, _, err := apd.NewFromString(s)
		if err != nil {
			return py.None, nil
		}
		return fromApd(d), nil
	})
	// op(name, prec, rounding, emin, emax, *operands) -> (result, flags)
	mod.Func("op", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) < 6 {
			return nil, py.NewError(py.TypeErrorType, "op() needs at least 6 arguments")
		}
		name, _ := modutil.Str(args[0])
		prec, err := modutil.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		rs, _ := modutil.Str(args[2])
		emin, err := modutil.Int64(th, args[3])
		if err != nil {
			return nil, err
		}
		emax, err := modutil.Int64(th, args[4])
		if err != nil {
			return nil, err
		}
		ops := make([]*apd.Decimal, len(args)-5)
		for i, o := range args[5:] {
			if ops[i], err = toApd(th, o); err != nil {
				return nil, err
			}
		}
		if emax > apd.MaxExponent {
			emax = apd.MaxExponent
		}
		if emin < apd.MinExponent {
			emin = apd.MinExponent
		}
		if prec > maxPrec {
			prec = maxPrec
		}
		ctx := &apd.Context{Precision: uint32(prec), Rounding: roundings[rs], MinExponent: int32(emin), MaxExponent: int32(emax)}
		d := new(apd.Decimal)
		var cond apd.Condition
		need := func(n int) error {
			if len(ops) != n {
				return py.NewError(py.TypeErrorType, "%s needs %d operands", name, n)
			}
			return nil
		}
		switch name {
		case "add", "sub", "mul", "div", "divint", "rem", "pow":
			if err := need(2); err != nil {
				return nil, err
			}
			f := map[string]func(d, x, y *apd.Decimal) (apd.Condition, error){"add": ctx.Add, "sub": ctx.Sub, "mul": ctx.Mul,
				"div": ctx.Quo, "divint": ctx.QuoInteger, "rem": ctx.Rem, "pow": ctx.Pow}[name]
			cond, err = f(d, ops[0], ops[1])
		case "sqrt", "exp", "ln", "log10", "plus", "minus", "abs", "tointegral", "tointegralexact", "reduce", "floor", "ceil":
			if err := need(1); err != nil {
				return nil, err
			}
			switch name {
			case "sqrt":
				cond, err = ctx.Sqrt(d, ops[0])
			case "exp":
				cond, err = ctx.Exp(d, ops[0])
			case "ln":
				cond, err = ctx.Ln(d, ops[0])
			case "log10":
				cond, err = ctx.Log10(d, ops[0])
				// log10 of an exact power of ten is an exact integer.
				if x := ops[0]; err == nil && x.Form == apd.Finite && !x.Negative && strings.Trim(x.Coeff.String(), "0") == "1" {
					p := int64(x.Exponent) + int64(len(x.Coeff.String())) - 1
					d.SetInt64(p)
					cond = 0
				}
			case "plus":
				cond, err = ctx.Round(d, ops[0])
			case "minus":
				cond, err = ctx.Neg(d, ops[0])
			case "abs":
				cond, err = ctx.Abs(d, ops[0])
			case "tointegral":
				cond, err = ctx.RoundToIntegralValue(d, ops[0])
			case "tointegralexact":
				cond, err = ctx.RoundToIntegralExact(d, ops[0])
			case "floor":
				cond, err = ctx.Floor(d, ops[0])
			case "ceil":
				cond, err = ctx.Ceil(d, ops[0])
			case "reduce":
				cond, err = ctx.Round(d, ops[0])
				if err == nil && d.Form == apd.Finite {
					var c2 apd.Condition
					_, c2, err = ctx.Reduce(d, d)
					cond |= c2
				}
			}
		case "quantize":
			if err := need(2); err != nil {
				return nil, err
			}
			x, e := ops[0], ops[1]
			switch {
			case x.Form == apd.NaNSignaling || e.Form == apd.NaNSignaling:
				d.Set(x)
				if e.Form == apd.NaNSignaling && x.Form != apd.NaNSignaling {
					d.Set(e)
				}
				d.Form = apd.NaN
				cond = apd.InvalidOperation
			case x.Form == apd.NaN || e.Form == apd.NaN:
				d.Set(x)
				if x.Form != apd.NaN {
					d.Set(e)
				}
			case x.Form == apd.Infinite && e.Form == apd.Infinite:
				d.Set(x)
			case x.Form == apd.Infinite || e.Form == apd.Infinite:
				d.Form = apd.NaN
				cond = apd.InvalidOperation
			default:
				cond, err = ctx.Quantize(d, x, e.Exponent)
			}
		case "fma":
			if err := need(3); err != nil {
				return nil, err
			}
			exact := &apd.Context{Precision: 0, MaxExponent: apd.MaxExponent, MinExponent: apd.MinExponent}
			prod := new(apd.Decimal)
			if cond, err = exact.Mul(prod, ops[0], ops[1]); err == nil {
				var c2 apd.Condition
				c2, err = ctx.Add(d, prod, ops[2])
				cond |= c2
			}
		default:
			return nil, py.NewError(py.ValueErrorType, "unknown decimal operation %q", name)
		}
		if err == nil && cond&apd.Inexact == 0 && d.Form == apd.Finite && len(ops) > 0 && ops[0].Form == apd.Finite {
			// An exact result takes the specification's ideal exponent
			// (apd leaves the trailing zeros of its working precision).
			switch name {
			case "div":
				if ops[1].Form == apd.Finite {
					idealExponent(d, ops[0].Exponent-ops[1].Exponent)
				}
			case "sqrt":
				e := ops[0].Exponent
				if e < 0 {
					e = e - 1
				}
				idealExponent(d, e/2)
			case "log10", "ln", "exp":
				idealExponent(d, 0)
			}
		}
		if err != nil {
			// apd reports as errors only what it cannot compute (such as
			// results needing more than its limits).
			return nil, py.NewError(py.ArithmeticErrorType, "decimal: %v", err)
		}
		return py.NewTuple([]py.Object{fromApd(d), py.Int(flagsOf(cond))}), nil
	})
	// compare(a, b) -> -1, 0 or 1 (both operands not NaN).
	mod.Func("compare", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("compare", args, kw, 2); err != nil {
			return nil, err
		}
		a, err := toApd(th, args[0])
		if err != nil {
			return nil, err
		}
		b, err := toApd(th, args[1])
		if err != nil {
			return nil, err
		}
		return py.Int(a.Cmp(b)), nil
	})
	// get_local()/set_local(ctx): the thread's current context.
	mod.Func("get_local", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if v, ok := th.Data[localKey{}].(py.Object); ok {
			return v, nil
		}
		return py.None, nil
	})
	mod.Func("set_local", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("set_local", args, kw, 1); err != nil {
			return nil, err
		}
		if th.Data == nil {
			th.Data = map[any]any{}
		}
		th.Data[localKey{}] = args[0]
		return py.None, nil
	})
	return nil
}

// maxPrec caps the precision handed to apd: contexts asking for more
// (MAX_PREC, used internally for exact rounding) get this many digits.
const maxPrec = 100000

// idealExponent removes trailing zeros of an exact result's coefficient
// while its exponent is below ideal.
func idealExponent(d *apd.Decimal, ideal int32) {
	if d.Coeff.Sign() == 0 {
		if d.Exponent < ideal {
			d.Exponent = ideal
		}
		return
	}
	ten := apd.NewBigInt(10)
	q, r := new(apd.BigInt), new(apd.BigInt)
	for d.Exponent < ideal {
		q.QuoRem(&d.Coeff, ten, r)
		if r.Sign() != 0 {
			break
		}
		d.Coeff.Set(q)
		d.Exponent++
	}
}

// localKey keys the current decimal context in Thread.Data.
type localKey struct{}
