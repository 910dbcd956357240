package syntax

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// TestMutatedErrors compares our errors with CPython's on a few thousand
// invalid programs made by testdata/mutations.py (one token of a snippet
// deleted, replaced or inserted). CPython's second, error-reporting parser
// pass applies many special rules whose reach depends on PEG backtracking,
// so a small share of these artificial cases is allowed to differ; the test
// fails when agreement drops below 95%, or when we reject a program CPython
// accepts (or accept one it rejects).
func TestMutatedErrors(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not on PATH: CPython is the oracle for error messages")
	}
	out, err := exec.Command("python3", "testdata/mutations.py", "testdata/snippets.jsonl", "1", "4000").Output()
	if err != nil {
		t.Fatalf("python3 mutations.py: %v", err)
	}
	total, same, shown := 0, 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r struct {
			Src            string
			Ok             bool
			Type, Msg      string
			Lineno, Offset int
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		total++
		_, err := Parse("f.py", []byte(r.Src))
		se, _ := err.(*SyntaxError)
		switch {
		case r.Ok != (err == nil):
			t.Errorf("%q: CPython ok=%v, we: %v", r.Src, r.Ok, err)
		case r.Ok || se.Msg == r.Msg && se.Lineno == r.Lineno && se.Offset == r.Offset && se.Kind == r.Type:
			same++
		default:
			if shown++; shown <= 5 {
				t.Logf("differs: %q:\n got  %v\n want %s: %s (%d:%d)", r.Src, err, r.Type, r.Msg, r.Lineno, r.Offset)
			}
		}
	}
	t.Logf("mutated programs: %d of %d results identical to CPython", same, total)
	if same*100 < total*95 {
		t.Errorf("only %d of %d identical (want at least 95%%)", same, total)
	}
}
