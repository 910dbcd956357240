package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

type snippet struct {
	Src      string `json:"src"`
	Encoding string `json:"encoding"`
}

func (s snippet) bytes() []byte {
	if s.Encoding == "latin-1" {
		b := make([]byte, 0, len(s.Src))
		for _, r := range s.Src {
			b = append(b, byte(r))
		}
		return b
	}
	return []byte(s.Src)
}

// TestSnippets compares Dump (or the SyntaxError) with CPython for the small
// programs of testdata/snippets.jsonl, which cover corners the standard
// library does not: f-string positions, encodings, numeric forms, patterns.
func TestSnippets(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not on PATH: CPython's ast module is the oracle")
	}
	f, err := os.Open("testdata/snippets.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []snippet
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		var s snippet
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, s)
	}
	out, err := exec.Command("python3", "testdata/snippets.py", "testdata/snippets.jsonl").Output()
	if err != nil {
		t.Fatalf("python3 snippets.py: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("%d cases, %d CPython results", len(cases), len(lines))
	}
	same := 0
	for i, c := range cases {
		var want struct {
			Dump  string
			Error *cpythonError
		}
		if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
			t.Fatal(err)
		}
		mod, err := Parse("f.py", c.bytes())
		switch {
		case want.Error != nil:
			se, ok := err.(*SyntaxError)
			if !ok || se.Msg != want.Error.Msg || se.Lineno != want.Error.Lineno || se.Offset != want.Error.Offset {
				t.Errorf("%q:\n got  %v\n want %s: %s (%d:%d)", c.Src, err, want.Error.Type, want.Error.Msg, want.Error.Lineno, want.Error.Offset)
				continue
			}
		case err != nil:
			t.Errorf("%q: %v", c.Src, err)
			continue
		default:
			if got := Dump(mod); got != want.Dump {
				i := 0
				for i < len(got) && i < len(want.Dump) && got[i] == want.Dump[i] {
					i++
				}
				lo := max(0, i-120)
				t.Errorf("%q: differs at byte %d:\n ours:    ...%s\n cpython: ...%s", c.Src, i, got[lo:min(len(got), i+80)], want.Dump[lo:min(len(want.Dump), i+80)])
				continue
			}
		}
		same++
	}
	t.Logf("snippets: %d of %d identical to CPython", same, len(cases))
}
