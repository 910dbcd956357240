package py

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// The oracle for the numeric and text tests: python3 evaluates a table of
// expressions in one process and prints repr() of each result, or
// "!ExcType: message" when it raises.

const oracleScript = `
import sys, json
for line in sys.stdin:
    expr = json.loads(line)
    try:
        r = repr(eval(expr))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print(json.dumps(r), flush=True)
`

// pyEval returns python3's answers for exprs (skipping the test when
// python3 is missing).
func pyEval(t *testing.T, exprs []string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	var in strings.Builder
	for _, e := range exprs {
		b, _ := json.Marshal(e)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command("python3", "-c", oracleScript)
	cmd.Stdin = strings.NewReader(in.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var s string
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("bad oracle output %q", sc.Text())
		}
		res = append(res, s)
	}
	if len(res) != len(exprs) {
		t.Fatalf("oracle returned %d answers for %d expressions", len(res), len(exprs))
	}
	return res
}

// goAnswer renders a Go-side result like the oracle does.
func goAnswer(th *Thread, v Object, err error) string {
	if err != nil {
		e, ok := err.(*BaseException)
		if !ok {
			return "!GoError: " + err.Error()
		}
		return "!" + e.Type().Name + ": " + excMessage(th, e)
	}
	r, err := Repr(th, v)
	if err != nil {
		return goAnswer(th, nil, err)
	}
	return r.s
}

// excMessage is str(e).
func excMessage(th *Thread, e *BaseException) string {
	s, err := StrOf(th, e)
	if err != nil {
		return "<str failed>"
	}
	return s.s
}

// oracleCase is one expression and the Go computation that should agree.
type oracleCase struct {
	expr string
	run  func(th *Thread) (Object, error)
}

// checkOracle evaluates every case in Go and in python3 and reports
// disagreements. It returns the number of cases checked.
func checkOracle(t *testing.T, cases []oracleCase) int {
	t.Helper()
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.expr
	}
	want := pyEval(t, exprs)
	th := NewThread()
	bad := 0
	for i, c := range cases {
		got := func() (s string) {
			defer func() {
				if r := recover(); r != nil {
					s = fmt.Sprintf("!PANIC: %v", r)
				}
			}()
			v, err := c.run(th)
			return goAnswer(th, v, err)
		}()
		if got != want[i] {
			bad++
			if bad <= 40 {
				t.Errorf("%s: got %s, want %s", c.expr, got, want[i])
			}
		}
	}
	if bad > 40 {
		t.Errorf("... %d failures in all", bad)
	}
	return len(cases)
}

// pyInt is the Python source of an int value.
func pyInt(o Object) string {
	if x, ok := o.(Int); ok {
		return "(" + strconv.FormatInt(int64(x), 10) + ")"
	}
	return "(" + bigOf(o).String() + ")"
}

// pyFloat is the Python source of a float value (exact).
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "float('nan')"
	case math.IsInf(f, 1):
		return "float('inf')"
	case math.IsInf(f, -1):
		return "float('-inf')"
	}
	return "float.fromhex('" + strconv.FormatFloat(f, 'x', -1, 64) + "')"
}

// pySrc is the Python source of a test value.
func pySrc(o Object) string {
	switch v := o.(type) {
	case Int, *BigInt:
		return pyInt(v)
	case Bool:
		return boolRepr(v)
	case Float:
		return pyFloat(float64(v))
	case Complex:
		return "complex(" + pyFloat(real(v)) + ", " + pyFloat(imag(v)) + ")"
	case *Str:
		return pystr.ReprStr(v.s)
	case *Bytes:
		return pystr.ReprBytes(v.b)
	case *ByteArray:
		return "bytearray(" + pystr.ReprBytes(v.snapshot()) + ")"
	case *Tuple:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = pySrc(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *NoneType:
		return "None"
	case *Type:
		return v.Name
	}
	panic(fmt.Sprintf("pySrc: %T", o))
}

func bigInt(s string) Object {
	b, _ := new(big.Int).SetString(s, 0)
	return NewIntFromBig(b)
}

// testInts are int operands covering the small/big boundary.
var testInts = []Object{
	Int(0), Int(1), Int(-1), Int(2), Int(7), Int(-7), Int(10), Int(255), Int(-256),
	Int(1 << 31), Int(3037000499), Int(-3037000500), Int(1<<62 + 12345),
	Int(math.MaxInt64), Int(math.MinInt64), Int(math.MinInt64 + 1),
	bigInt("9223372036854775808"), bigInt("-9223372036854775809"),
	bigInt("18446744073709551621"), bigInt("-1267650600228229401496703205376"),
	bigInt("1000000000000000000000000000007"), bigInt("340282366920938463463374607431768211455"),
}
