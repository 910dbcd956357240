package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestZZMutations(t *testing.T) {
	f, err := os.Open("/tmp/mut/mut.jsonl")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	total, bad := 0, 0
	for sc.Scan() {
		var r struct {
			Src                    string
			Ok                     bool
			Type, Msg              string
			Lineno, Offset         int
		}
		json.Unmarshal(sc.Bytes(), &r)
		total++
		_, err := Parse("f.py", []byte(r.Src))
		if r.Ok {
			if err != nil {
				bad++
				if bad < 40 {
					t.Errorf("%q: cpython ok, we: %v", r.Src, err)
				}
			}
			continue
		}
		se, _ := err.(*SyntaxError)
		if se == nil || se.Msg != r.Msg || se.Lineno != r.Lineno || se.Offset != r.Offset || se.Kind != r.Type {
			bad++
			if bad < 40 {
				t.Errorf("%q:\n got  %v\n want %s: %s (%d:%d)", r.Src, err, r.Type, r.Msg, r.Lineno, r.Offset)
			}
		}
	}
	t.Logf("%d of %d match", total-bad, total)
}
