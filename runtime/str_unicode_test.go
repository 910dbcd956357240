package py

import (
	"bufio"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// charSignature describes what the str methods do with one character, in
// the same format as the Python side of TestUnicodeCharacters.
func charSignature(th *Thread, c *Str) string {
	var b strings.Builder
	for _, m := range []string{"upper", "lower", "title", "casefold", "swapcase", "capitalize"} {
		r, err := CallMethod0(th, c, Intern(m))
		if err != nil {
			return "error"
		}
		b.WriteString(r.(*Str).s)
		b.WriteByte('|')
	}
	for _, m := range []string{"isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "islower", "isupper", "istitle", "isidentifier", "isalnum"} {
		r, err := CallMethod0(th, c, Intern(m))
		if err != nil {
			return "error"
		}
		if r == True {
			b.WriteByte('1')
		} else {
			b.WriteByte('0')
		}
	}
	return b.String()
}

const charSigScript = `
import sys
out = []
for cp in range(int(sys.argv[1]), int(sys.argv[2])):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    s = '|'.join([c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize()]) + '|'
    s += ''.join('1' if f() else '0' for f in (c.isalpha, c.isdecimal, c.isdigit, c.isnumeric, c.isspace, c.isprintable, c.islower, c.isupper, c.istitle, c.isidentifier, c.isalnum))
    out.append('%x %s' % (cp, s.encode('utf-8', 'surrogatepass').hex()))
print('\n'.join(out))
`

// TestUnicodeCharacters compares the case mappings and character classes
// of every code point below 0x30000 with python3.
func TestUnicodeCharacters(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	out, err := exec.Command("python3", "-c", charSigScript, "0", "196608").Output()
	if err != nil {
		t.Fatal(err)
	}
	th := NewThread()
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	bad, n := 0, 0
	var mu sync.Mutex
	for sc.Scan() {
		line := sc.Text()
		sp := strings.IndexByte(line, ' ')
		var cp rune
		for _, d := range line[:sp] {
			cp = cp*16 + rune(digitValue(byte(d)))
		}
		wantHex := line[sp+1:]
		got := charSignature(th, charStr(cp))
		gotHex := strings.Builder{}
		for i := 0; i < len(got); i++ {
			gotHex.WriteString(hex2(uint32(got[i]), 2))
		}
		n++
		if gotHex.String() != wantHex {
			mu.Lock()
			bad++
			if bad <= 30 {
				want := make([]byte, len(wantHex)/2)
				for i := range want {
					want[i] = byte(digitValue(wantHex[2*i])<<4 | digitValue(wantHex[2*i+1]))
				}
				t.Errorf("U+%04X: got %q, want %q", cp, got, want)
			}
			mu.Unlock()
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d code points differ", bad, n)
	}
	t.Logf("%d code points compared", n)
}
