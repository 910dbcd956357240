package pystr

import (
	"encoding/hex"
	"fmt"
	"math"
	"os/exec"
	"strings"
	"testing"
)

// python runs a python3 program with the given stdin and returns its stdout
// lines, or skips the test when python3 is unavailable.
func python(t *testing.T, prog, stdin string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not on PATH: CPython is the oracle for these tests")
	}
	cmd := exec.Command("python3", "-c", prog)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
}

func TestIsPrintable(t *testing.T) {
	lines := python(t, `
r=[];s=None
for c in range(0x110000):
    np = not chr(c).isprintable()
    if np and s is None: s=c
    if not np and s is not None: r.append((s,c-1)); s=None
if s is not None: r.append((s,0x10ffff))
for a,b in r: print(a,b)
`, "")
	np := make([]bool, 0x110000)
	for _, l := range lines {
		var a, b int
		fmt.Sscan(l, &a, &b)
		for i := a; i <= b; i++ {
			np[i] = true
		}
	}
	bad := 0
	for c := 0; c < 0x110000; c++ {
		if IsPrintable(rune(c)) == np[c] {
			if bad++; bad < 10 {
				t.Errorf("IsPrintable(%U) = %v, python says %v", c, !np[c], !np[c])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d code points differ", bad)
	}
}

func wtf8(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}

func TestReprStr(t *testing.T) {
	cases := []string{"", "a", "'", "\"", "'\"", "it's", "\\", "\t\n\r\x00\x1f\x7f", "é\u00a0\u00ad",
		"\u2028\u3000日本", "\U0001F600\U000E0001\U0010FFFF", wtf8(0xD800) + wtf8(0xDFFF) + "x", "\ufeff\u200b",
		"\u0080\u009f\u00ff", "\u0378", "\U0001FA75"}
	// Every 97th code point, in groups of 20.
	var sb strings.Builder
	for c := rune(0); c < 0x110000; c += 97 {
		sb.WriteString(wtf8(c))
		if sb.Len() > 60 {
			cases = append(cases, sb.String())
			sb.Reset()
		}
	}
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(hex.EncodeToString([]byte(c)) + "\n")
	}
	lines := python(t, `
import sys
for l in sys.stdin:
    print(repr(bytes.fromhex(l.strip()).decode('utf-8','surrogatepass')).encode('utf-8','surrogatepass').hex())
`, in.String())
	for i, c := range cases {
		wantb, _ := hex.DecodeString(lines[i])
		want := string(wantb)
		if got := ReprStr(c); got != want {
			t.Errorf("ReprStr(%q) = %q, python %q", c, got, want)
		}
	}
}

func TestReprBytes(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	cases := [][]byte{nil, []byte("'"), []byte(`"`), []byte(`'"`), []byte("abc\\"), all}
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(hex.EncodeToString(c) + "\n")
	}
	lines := python(t, `
import sys
for l in sys.stdin: print(repr(bytes.fromhex(l.strip())))
`, in.String())
	for i, c := range cases {
		if got := ReprBytes(c); got != lines[i] {
			t.Errorf("ReprBytes(%q) = %s, python %s", c, got, lines[i])
		}
	}
}

func TestReprFloat(t *testing.T) {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 1.5e-5,
		123456789012345680, 1e22, 1e100, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		0.30000000000000004, 2.5e-7, 1234.5678, 1e308, 12345678901234567, 0.001, 100}
	for i := 0; i < 200; i++ {
		fs = append(fs, math.Float64frombits(uint64(i)*0x9E3779B97F4A7C15))
	}
	var in strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	lines := python(t, `
import sys, struct
for l in sys.stdin:
    f = struct.unpack('>d', bytes.fromhex(l.strip()))[0]
    print(repr(f), repr(complex(0, f)), repr(complex(f, -f)), repr(complex(1, f)))
`, in.String())
	for i, f := range fs {
		got := strings.Join([]string{ReprFloat(f), ReprComplex(0, f), ReprComplex(f, -f), ReprComplex(1, f)}, " ")
		if got != lines[i] {
			t.Errorf("float %v: got %s, python %s", f, got, lines[i])
		}
	}
}
