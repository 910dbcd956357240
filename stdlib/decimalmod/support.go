package decimalmod

import (
	"math/big"
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
			if name == "pow" && !(ops[1].Form == apd.Finite && ops[1].Exponent >= 0) {
				cond, err = precise(ctx, d, ops[0], ops[1], "pow")
			} else {
				cond, err = f(d, ops[0], ops[1])
			}
		case "sqrt", "exp", "ln", "log10", "plus", "minus", "abs", "tointegral", "tointegralexact", "reduce", "floor", "ceil":
			if err := need(1); err != nil {
				return nil, err
			}
			switch name {
			case "sqrt":
				cond, err = ctx.Sqrt(d, ops[0])
			case "exp":
				cond, err = precise(ctx, d, ops[0], nil, "exp")
			case "ln":
				cond, err = precise(ctx, d, ops[0], nil, "ln")
			case "log10":
				cond, err = precise(ctx, d, ops[0], nil, "log10")
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
			case "tointegral", "tointegralexact":
				x := ops[0]
				if x.Form != apd.Finite || x.Exponent >= 0 {
					d.Set(x)
					if x.Form == apd.NaNSignaling {
						d.Form = apd.NaN
						cond = apd.InvalidOperation
					}
					break
				}
				cond = quantize(d, x, 0, rs, 0)
				if name == "tointegral" {
					cond &^= apd.Inexact | apd.Rounded
				}
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
				cond = quantize(d, x, e.Exponent, rs, int(prec))
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
		switch name {
		case "add", "sub", "mul", "div", "pow", "sqrt", "plus", "minus", "abs", "fma":
		default:
			prec = 0 // results already limited (or not bound by precision)
		}
		if err == nil && d.Form == apd.Finite && prec > 0 && int64(numDigits(&d.Coeff)) > prec {
			// A carry in rounding can leave one digit too many.
			var c2 apd.Condition
			c2, err = ctx.Round(d, d)
			cond |= c2
		}
		if d.Form == apd.NaN || d.Form == apd.NaNSignaling {
			anyNaN := false
			for _, o := range ops {
				anyNaN = anyNaN || o.Form == apd.NaN || o.Form == apd.NaNSignaling
			}
			if !anyNaN {
				// A NaN made by an invalid operation is positive.
				d.Negative = false
				d.Coeff.SetInt64(0)
			}
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
		d.Exponent = ideal
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

// numDigits is the number of decimal digits of |c| (1 for zero).
func numDigits(c *apd.BigInt) int {
	s := c.String()
	if s[0] == '-' {
		return len(s) - 1
	}
	return len(s)
}

// precise computes the function fn of x (x**y for "pow") with extra digits and
// rounds the result once to the context, so that the last digit is right
// as in CPython (whose exp, ln, log10 and power are correctly rounded).
func precise(ctx *apd.Context, d, x, y *apd.Decimal, fn string) (apd.Condition, error) {
	wide := *ctx
	wide.Precision = ctx.Precision + 12
	wide.Rounding = apd.RoundHalfEven
	var cond apd.Condition
	var err error
	switch fn {
	case "pow":
		cond, err = wide.Pow(d, x, y)
	case "exp":
		cond, err = wide.Exp(d, x)
	case "ln":
		cond, err = wide.Ln(d, x)
	default:
		cond, err = wide.Log10(d, x)
	}
	if err != nil && fn == "exp" && x.Form == apd.Finite {
		// Beyond apd's exponent range (±100000): overflow or underflow.
		err = nil
		if x.Negative {
			d.SetInt64(0)
			d.Exponent = ctx.MinExponent - int32(ctx.Precision) + 1
			return apd.Underflow | apd.Inexact | apd.Rounded | apd.Subnormal | apd.Clamped, nil
		}
		d.Form = apd.Infinite
		d.Negative = false
		return apd.Overflow | apd.Inexact | apd.Rounded, nil
	}
	if err != nil || d.Form != apd.Finite {
		return cond, err
	}
	// exp, ln and log10 always round half-even (as libmpdec does).
	final := *ctx
	if fn != "pow" {
		final.Rounding = apd.RoundHalfEven
	}
	c2, err := final.Round(d, d)
	return cond&^(apd.Inexact|apd.Rounded) | c2 | cond&apd.Inexact, err
}

// quantize sets d to x rounded to exponent exp with the rounding mode
// named rs, as the specification's quantize does; prec > 0 limits the
// result's digits (InvalidOperation beyond it).
func quantize(d, x *apd.Decimal, exp int32, rs string, prec int) apd.Condition {
	var cond apd.Condition
	c := new(big.Int).SetBytes(nil)
	c.SetString(x.Coeff.String(), 10)
	if x.Exponent >= exp {
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(x.Exponent-exp)), nil))
	} else {
		div := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp-x.Exponent)), nil)
		q, r := new(big.Int).QuoRem(c, div, new(big.Int))
		cond |= apd.Rounded
		if r.Sign() != 0 {
			cond |= apd.Inexact
			if roundUp(q, r, div, x.Negative, rs) {
				q.Add(q, big.NewInt(1))
			}
		}
		c = q
	}
	if prec > 0 && len(c.String()) > prec {
		d.Form = apd.NaN
		d.Negative = false
		d.Coeff.SetInt64(0)
		return apd.InvalidOperation
	}
	d.Form = apd.Finite
	d.Negative = x.Negative
	d.Coeff.SetString(c.String(), 10)
	d.Exponent = exp
	return cond
}

// roundUp reports whether the magnitude q (with remainder r of div,
// r != 0) rounds up to q+1 under rounding mode rs.
func roundUp(q, r, div *big.Int, neg bool, rs string) bool {
	half := new(big.Int).Lsh(r, 1).Cmp(div)
	switch rs {
	case "ROUND_DOWN":
		return false
	case "ROUND_UP":
		return true
	case "ROUND_CEILING":
		return !neg
	case "ROUND_FLOOR":
		return neg
	case "ROUND_HALF_UP":
		return half >= 0
	case "ROUND_HALF_DOWN":
		return half > 0
	case "ROUND_05UP":
		last := new(big.Int).Mod(q, big.NewInt(10)).Int64()
		return last == 0 || last == 5
	}
	// ROUND_HALF_EVEN
	return half > 0 || half == 0 && q.Bit(0) == 1
}

// localKey keys the current decimal context in Thread.Data.
type localKey struct{}
