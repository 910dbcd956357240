package gazelleext

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bazelbuild/bazel-gazelle/language"
	golang "github.com/bazelbuild/bazel-gazelle/language/go"

	"github.com/pygo-dev/pygo/gazelle_ext/driver"
)

// Golden tests. Each directory testdata/<case> is a small repository:
//
//	BUILD.in    an existing BUILD file (copied as BUILD before the run)
//	BUILD.out   the BUILD file expected after the run
//	*.py, ...   sources, copied as they are
//	args.txt    optional extra Gazelle flags, one per line
//	expect.txt  the expected exit code and stderr
//
// BUILD.in/BUILD.out pairs may appear in any subdirectory; a directory with
// BUILD.out and no BUILD.in expects Gazelle to create the file. The test
// copies the case to a temporary directory, runs Gazelle (the Go and Pygo
// languages, through package driver) and compares every BUILD file and the
// stderr/exit code. It then runs Gazelle again and requires that nothing
// changes. `go test ./gazelle_ext -run Golden -update` rewrites BUILD.out and
// expect.txt from the actual results, to be reviewed before committing.

var update = flag.Bool("update", false, "rewrite golden BUILD.out and expect.txt files from actual output")

func TestGolden(t *testing.T) {
	cases, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		n++
		name := c.Name()
		t.Run(name, func(t *testing.T) { runGolden(t, filepath.Join("testdata", name)) })
	}
	if n < 25 {
		t.Errorf("only %d golden cases; want at least 25", n)
	}
}

func gazelle(t *testing.T, root string, args []string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	all := append([]string{"-repo_root", root, "-build_file_name", "BUILD"}, args...)
	code := driver.Run(root, all, driver.Options{
		Languages: []language.Language{golang.NewLanguage(), NewLanguage()},
		Stdout:    &stdout, Stderr: &stderr,
	})
	return code, strings.ReplaceAll(stderr.String(), root, "$ROOT")
}

func runGolden(t *testing.T, src string) {
	root := filepath.Join(t.TempDir(), filepath.Base(src))
	var args []string
	if b, err := os.ReadFile(filepath.Join(src, "args.txt")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				args = append(args, line)
			}
		}
	}
	if err := copyCase(src, root); err != nil {
		t.Fatal(err)
	}

	code, stderr := gazelle(t, root, args)
	got := fmt.Sprintf("exit_code: %d\nstderr:\n%s", code, stderr)
	builds := map[string][]byte{} // rel dir -> generated BUILD
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "BUILD" {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		builds[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	if *update {
		writeGolden(t, src, got, builds)
	} else {
		compareGolden(t, src, got, builds)
	}

	// A second run over the updated tree must change nothing.
	code2, _ := gazelle(t, root, args)
	if code2 != code {
		t.Errorf("second run: exit code %d, first run %d", code2, code)
	}
	for rel, want := range builds {
		b, err := os.ReadFile(filepath.Join(root, rel, "BUILD"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, want) {
			t.Errorf("second run changed %s/BUILD:\n%s", rel, b)
		}
	}
}

// copyCase copies the case's inputs: BUILD.in becomes BUILD; BUILD.out,
// args.txt and expect.txt stay behind.
func copyCase(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o777)
		}
		switch {
		case d.Name() == "BUILD.out", rel == "args.txt", rel == "expect.txt":
			return nil
		case d.Name() == "BUILD.in":
			rel = filepath.Join(filepath.Dir(rel), "BUILD")
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o666)
	})
}

func compareGolden(t *testing.T, src, got string, builds map[string][]byte) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join(src, "expect.txt"))
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("exit code and stderr differ.\n--- got:\n%s\n--- want:\n%s", got, want)
	}
	wantBuilds := map[string]bool{}
	filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "BUILD.out" {
			rel, _ := filepath.Rel(src, filepath.Dir(p))
			wantBuilds[rel] = true
		}
		return nil
	})
	for rel, b := range builds {
		if !wantBuilds[rel] {
			t.Errorf("%s/BUILD was generated but %s/BUILD.out does not exist:\n%s", rel, rel, b)
			continue
		}
		want, _ := os.ReadFile(filepath.Join(src, rel, "BUILD.out"))
		if !bytes.Equal(b, want) {
			t.Errorf("%s/BUILD differs.\n--- got:\n%s\n--- want:\n%s", rel, b, want)
		}
	}
	for rel := range wantBuilds {
		if _, ok := builds[rel]; !ok {
			t.Errorf("%s/BUILD.out exists but no BUILD was generated", rel)
		}
	}
}

func writeGolden(t *testing.T, src, got string, builds map[string][]byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(src, "expect.txt"), []byte(got), 0o666); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "BUILD.out" {
			rel, _ := filepath.Rel(src, filepath.Dir(p))
			if _, ok := builds[rel]; !ok {
				os.Remove(p)
			}
		}
		return nil
	})
	for rel, b := range builds {
		if err := os.WriteFile(filepath.Join(src, rel, "BUILD.out"), b, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}
