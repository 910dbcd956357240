package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseStdlib parses CPython's standard library once per iteration
// (see bench/parse for the comparison with CPython).
func BenchmarkParseStdlib(b *testing.B) {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not on PATH")
	}
	var srcs [][]byte
	filepath.WalkDir(strings.TrimSpace(string(out)), func(path string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			src, _ := os.ReadFile(path)
			srcs = append(srcs, src)
		}
		return nil
	})
	var n int64
	for _, s := range srcs {
		n += int64(len(s))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Parse("x.py", s)
		}
	}
}
