package py

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// randomSpec builds a random format spec for type code typ.
func randomSpec(r *rand.Rand, types string) string {
	s := ""
	if r.Intn(3) == 0 {
		s += string("*x0 "[r.Intn(4)]) + string("<>^="[r.Intn(4)])
	} else if r.Intn(3) == 0 {
		s += string("<>^="[r.Intn(4)])
	}
	if r.Intn(3) == 0 {
		s += string("+- "[r.Intn(3)])
	}
	if r.Intn(6) == 0 {
		s += "#"
	}
	if r.Intn(5) == 0 {
		s += "0"
	}
	if r.Intn(2) == 0 {
		s += strconv.Itoa(r.Intn(25))
	}
	if r.Intn(4) == 0 {
		s += string(",_"[r.Intn(2)])
	}
	if r.Intn(2) == 0 {
		s += "." + strconv.Itoa(r.Intn(20))
	}
	if i := r.Intn(len(types) + 1); i < len(types) {
		s += string(types[i])
	}
	return s
}

// TestRandomFormatSpecs compares format() of random values with random
// specs against python3 (errors included).
func TestRandomFormatSpecs(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var cases []oracleCase
	for i := 0; i < 3000; i++ {
		var v Object
		var types string
		switch r.Intn(4) {
		case 0:
			v, types = Int(r.Int63n(2000000)-1000000), "bdoxXncgeEfF%"
		case 1:
			v = Float(r.NormFloat64() * math.Pow(10, float64(r.Intn(30)-15)))
			types = "eEfFgGn%"
		case 2:
			v = Float(math.Float64frombits(r.Uint64()))
			types = "eEfFgG%"
		default:
			v, types = NewComplex(r.NormFloat64()*100, r.NormFloat64()), "eEfFgG"
		}
		spec := randomSpec(r, types)
		cases = append(cases, oracleCase{"format(" + pySrc(v) + ", " + pySrc(NewStr(spec)) + ")", func(th *Thread) (Object, error) {
			return Format(th, v, NewStr(spec))
		}})
	}
	for i := 0; i < 500; i++ {
		f := math.Float64frombits(r.Uint64())
		conv := string("eEfFgGdixXor"[r.Intn(12)])
		fmtS := "%" + []string{"", "-", "+", " ", "#", "0", "-#"}[r.Intn(7)]
		if r.Intn(2) == 0 {
			fmtS += strconv.Itoa(r.Intn(30))
		}
		if r.Intn(2) == 0 {
			fmtS += "." + strconv.Itoa(r.Intn(25))
		}
		fmtS += conv
		var v Object = Float(f)
		if conv == "d" || conv == "i" || conv == "x" || conv == "X" || conv == "o" {
			v = Int(r.Int63() >> uint(r.Intn(60)))
			if r.Intn(2) == 0 {
				v = intsNeg(v)
			}
		}
		cases = append(cases, oracleCase{pySrc(NewStr(fmtS)) + " % " + pySrc(v), func(th *Thread) (Object, error) {
			return Mod(th, NewStr(fmtS), v)
		}})
	}
	n := checkOracle(t, cases)
	t.Logf("%d random formatting cases", n)
}
