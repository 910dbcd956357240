package resolve

// Differential test against CPython's symtable module over CPython's own
// standard library: one python3 process (testdata/symtable_dump.py) dumps
// every file's tree of symbol tables with the raw flags of every name;
// a pool of workers parses and resolves the same files and compares.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// pyTable is one table as symtable_dump.py writes it.
type pyTable struct {
	Type     int            `json:"type"`
	Name     string         `json:"name"`
	Lineno   int            `json:"lineno"`
	Nested   bool           `json:"nested"`
	Symbols  map[string]int `json:"symbols"`
	Children []*pyTable     `json:"children"`
}

type pyRecord struct {
	Path  string          `json:"path"`
	Skip  string          `json:"skip"`
	Error *cpythonVerdict `json:"error"`
	// Parser: CPython's parser rejects the file (the error is not a
	// scoping or compiler error).
	Parser bool     `json:"parser"`
	Table  *pyTable `json:"table"`
	Code   []pyCode `json:"code"`
}

// diffStats are the test's counts.
type diffStats struct {
	files, skipped, parseFailed, resolveFailed, checkFailed int
	rejected, rejectedAgree                                 int // CPython rejects, our parser accepts
	compared, identical                                     int
	symbols, symbolsAgree, codes                            int
	parseErrs                                               map[string]int
	mismatches                                              []string
}

func python3(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: skipping the comparison with CPython")
	}
	return py
}

// stdlibFiles lists CPython's standard library .py files (without
// site-packages).
func stdlibFiles(t *testing.T, py string) []string {
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "dist-packages") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

func TestStdlibAgainstCPythonSymtable(t *testing.T) {
	py := python3(t)
	files := stdlibFiles(t, py)
	if testing.Short() && len(files) > 200 {
		files = files[:200]
	}

	cmd := exec.Command(py, "testdata/symtable_dump.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}

	records := make(chan pyRecord, 64)
	results := make(chan fileResult, 64)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range records {
				results <- compareFile(r)
			}
		}()
	}
	go func() {
		rd := bufio.NewReaderSize(stdout, 1<<20)
		for {
			line, err := rd.ReadBytes('\n')
			if len(line) > 0 {
				var r pyRecord
				if jerr := json.Unmarshal(line, &r); jerr != nil {
					t.Errorf("bad line from symtable_dump.py: %v", jerr)
				} else {
					records <- r
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("reading symtable_dump.py: %v", err)
				break
			}
		}
		close(records)
		wg.Wait()
		close(results)
	}()

	st := diffStats{parseErrs: map[string]int{}}
	for r := range results {
		st.add(r)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("symtable_dump.py: %v", err)
	}

	t.Logf("stdlib files: %d; CPython cannot compile: %d; our parser failed: %d",
		st.files, st.skipped, st.parseFailed)
	t.Logf("files compared: %d, identical tables and code facts: %d; symbols compared: %d, agreeing: %d; code objects compared: %d",
		st.compared, st.identical, st.symbols, st.symbolsAgree, st.codes)
	t.Logf("files CPython rejects but our parser accepts: %d, where our resolver reports CPython's error: %d",
		st.rejected, st.rejectedAgree)
	if st.parseFailed > 0 {
		var keys []string
		for k := range st.parseErrs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return st.parseErrs[keys[i]] > st.parseErrs[keys[j]] })
		if len(keys) > 10 {
			keys = keys[:10]
		}
		for _, k := range keys {
			t.Logf("  parser: %d files: %s", st.parseErrs[k], k)
		}
	}
	sort.Strings(st.mismatches)
	for i, m := range st.mismatches {
		if i == 30 {
			t.Errorf("... and %d more", len(st.mismatches)-30)
			break
		}
		t.Error(m)
	}
	if st.compared == 0 && st.parseFailed == 0 {
		t.Error("no file was compared")
	}
}

// fileResult is the outcome for one file.
type fileResult struct {
	path    string
	skipped bool
	// For a file CPython rejects that our parser accepts: whether our
	// resolver reports the same error, and what it reports.
	rejected, rejectedAgree bool
	ours, want              cpythonVerdict
	parseErr                string
	resolveErr              string
	checkErr                string
	symbols                 int
	agree                   int
	codes                   int
	differences             []string
}

func (st *diffStats) add(r fileResult) {
	st.files++
	switch {
	case r.skipped:
		st.skipped++
		if r.rejected {
			st.rejected++
			if r.rejectedAgree {
				st.rejectedAgree++
			} else {
				st.mismatches = append(st.mismatches, fmt.Sprintf("%s: ours %s, CPython %s", r.path, r.ours, r.want))
			}
		}
	case r.parseErr != "":
		st.parseFailed++
		st.parseErrs[r.parseErr]++
	case r.resolveErr != "":
		st.resolveFailed++
		st.mismatches = append(st.mismatches, fmt.Sprintf("%s: CPython's symtable succeeds, ours fails: %s", r.path, r.resolveErr))
	default:
		st.compared++
		st.symbols += r.symbols
		st.symbolsAgree += r.agree
		st.codes += r.codes
		if len(r.differences) == 0 {
			st.identical++
		} else {
			d := r.differences
			if len(d) > 5 {
				d = append(d[:5:5], fmt.Sprintf("(%d more)", len(r.differences)-5))
			}
			st.mismatches = append(st.mismatches, fmt.Sprintf("%s:\n\t%s", r.path, strings.Join(d, "\n\t")))
		}
		if r.checkErr != "" {
			st.checkFailed++
			st.mismatches = append(st.mismatches, fmt.Sprintf("%s: CPython compiles it, our checks reject it: %s", r.path, r.checkErr))
		}
	}
}

func compareFile(r pyRecord) fileResult {
	res := fileResult{path: r.Path}
	src, err := os.ReadFile(r.Path)
	if r.Skip != "" {
		res.skipped = true
		if err == nil && r.Error != nil && !r.Parser {
			// If our parser accepts the file, the error is the resolver's.
			if ours, err := ourVerdict(string(src)); err == nil {
				res.rejected = true
				res.ours, res.want = ours, *r.Error
				res.rejectedAgree = ours == *r.Error
			}
		}
		return res
	}
	if err != nil {
		res.parseErr = err.Error()
		return res
	}
	mod, err := syntax.Parse(r.Path, src)
	if err != nil {
		msg := err.Error()
		if se, ok := err.(*syntax.SyntaxError); ok {
			msg = se.Msg
		}
		res.parseErr = msg
		return res
	}
	tab, err := Symtable(r.Path, mod)
	if err != nil {
		res.resolveErr = err.Error()
		return res
	}
	compareTable(&res, "top", tab.Top, r.Table)
	res.codes = len(r.Code)
	res.differences = append(res.differences, codeDifferences(tab, r.Code)...)
	if _, err := Module(r.Path, mod); err != nil {
		res.checkErr = err.Error()
	}
	return res
}

// compareTable compares one of our scopes with CPython's table, recursively.
func compareTable(res *fileResult, path string, s *Scope, p *pyTable) {
	diff := func(format string, args ...interface{}) {
		res.differences = append(res.differences, path+": "+fmt.Sprintf(format, args...))
	}
	if int(s.Kind) != p.Type || s.Name != p.Name || s.Lineno != p.Lineno || s.Nested != p.Nested {
		diff("table: ours %s %q line %d nested=%v, CPython's type %d %q line %d nested=%v",
			s.Kind, s.Name, s.Lineno, s.Nested, p.Type, p.Name, p.Lineno, p.Nested)
	}
	names := map[string]bool{}
	for n := range p.Symbols {
		names[n] = true
	}
	for n := range s.Symbols {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		res.symbols++
		want, inPy := p.Symbols[n]
		sym := s.Symbols[n]
		switch {
		case sym == nil:
			diff("%s: missing (CPython: %s)", n, describe(want))
		case !inPy:
			diff("%s: extra (ours: %s)", n, describe(sym.Packed()))
		case sym.Packed() != want:
			diff("%s: ours %s, CPython %s", n, describe(sym.Packed()), describe(want))
		default:
			res.agree++
		}
	}
	if len(s.Children) != len(p.Children) {
		var ours, theirs []string
		for _, c := range s.Children {
			ours = append(ours, fmt.Sprintf("%s@%d", c.Name, c.Lineno))
		}
		for _, c := range p.Children {
			theirs = append(theirs, fmt.Sprintf("%s@%d", c.Name, c.Lineno))
		}
		diff("children: ours %v, CPython %v", ours, theirs)
		return
	}
	for i, c := range s.Children {
		compareTable(res, fmt.Sprintf("%s/%s@%d", path, c.Name, c.Lineno), c, p.Children[i])
	}
}

// describe renders a packed symbol value readably: "Local|DefLocal|Use".
func describe(packed int) string {
	b := Binding(packed >> scopeShift)
	s := "?"
	if int(b) < len(bindingNames) {
		s = b.String()
	}
	names := []string{"DefGlobal", "DefLocal", "DefParam", "DefNonlocal", "Use", "DefFree",
		"DefFreeClass", "DefImport", "DefAnnot", "DefCompIter"}
	for i, n := range names {
		if packed&(1<<i) != 0 {
			s += "|" + n
		}
	}
	return fmt.Sprintf("%s(%d)", s, packed)
}
