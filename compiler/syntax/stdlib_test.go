package syntax

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

type stdlibRecord struct {
	Path  string `json:"path"`
	Dump  string `json:"dump"`
	Error string `json:"error"`
}

// TestStdlibDiff parses every .py file of CPython's installed standard
// library and compares Dump with CPython's ast.dump(..., include_attributes=True),
// produced by one python3 process running testdata/stdlib_dumps.py.
func TestStdlibDiff(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not on PATH: CPython's ast module is the oracle for this test")
	}
	out := filepath.Join(t.TempDir(), "dumps.jsonl")
	cmd := exec.Command("python3", "testdata/stdlib_dumps.py", out)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3 stdlib_dumps.py: %v", err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	type result struct {
		path, msg string
		ok        bool
	}
	recs := make(chan stdlibRecord, 8)
	results := make(chan result, 8)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range recs {
				results <- compareFile(r)
			}
		}()
	}
	var readErr error
	go func() {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<30)
		for sc.Scan() {
			var r stdlibRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				readErr = err
				break
			}
			if r.Error != "" {
				continue // CPython cannot parse it either
			}
			recs <- r
		}
		if readErr == nil {
			readErr = sc.Err()
		}
		close(recs)
		wg.Wait()
		close(results)
	}()
	compared, identical, shown := 0, 0, 0
	for r := range results {
		compared++
		if r.ok {
			identical++
			continue
		}
		if shown < 10 {
			t.Errorf("%s: %s", r.path, r.msg)
		}
		shown++
	}
	if readErr != nil {
		t.Fatal(readErr)
	}
	t.Logf("stdlib: %d files compared, %d identical", compared, identical)
	if compared < 1000 {
		t.Errorf("only %d files compared", compared)
	}
	if identical != compared {
		t.Errorf("%d of %d files differ", compared-identical, compared)
	}
}

func compareFile(r stdlibRecord) (res struct {
	path, msg string
	ok        bool
}) {
	res.path = r.Path
	src, err := os.ReadFile(r.Path)
	if err != nil {
		res.msg = err.Error()
		return
	}
	mod, err := Parse(r.Path, src)
	if err != nil {
		res.msg = "parse error: " + err.Error()
		return
	}
	got := Dump(mod)
	if got == r.Dump {
		res.ok = true
		return
	}
	i := 0
	for i < len(got) && i < len(r.Dump) && got[i] == r.Dump[i] {
		i++
	}
	lo := i - 150
	if lo < 0 {
		lo = 0
	}
	hi := func(s string) int {
		if i+100 > len(s) {
			return len(s)
		}
		return i + 100
	}
	res.msg = "first difference at byte " + itoa(i) + "\n  ours:    ..." + got[lo:hi(got)] + "\n  cpython: ..." + r.Dump[lo:hi(r.Dump)]
	return
}
