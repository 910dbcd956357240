package codegen

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.go.golden from the current code generator")

// TestGolden compiles each testdata/*.py and compares the Go it generates
// with testdata/NAME.go.golden (regenerate with go test -update).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no golden programs")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Transpile(src, Options{Module: name, File: name + ".py", Package: "main"})
			if err != nil {
				t.Fatalf("transpile: %v", err)
			}
			golden := filepath.Join("testdata", name+".go.golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) && i < len(wl); i++ {
					if gl[i] != wl[i] {
						t.Fatalf("generated Go differs from %s at line %d:\n got: %s\nwant: %s\n(run go test -update if the change is intended)", golden, i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("generated Go differs from %s in length (%d vs %d lines)", golden, len(gl), len(wl))
			}
		})
	}
}
