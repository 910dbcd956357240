package syntax

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSlowCorpus(t *testing.T) {
	dir := os.Getenv("CORPUS")
	ents, _ := os.ReadDir(dir)
	type r struct {
		d   time.Duration
		src string
	}
	var rs []r
	for _, e := range ents {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		lines := strings.Split(string(b), "\n")
		if len(lines) < 2 {
			continue
		}
		s := strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")")
		src, err := strconv.Unquote(s)
		if err != nil {
			continue
		}
		t0 := time.Now()
		for i := 0; i < 10; i++ {
			Parse("x.py", []byte(src))
		}
		rs = append(rs, r{time.Since(t0) / 10, src})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	for _, x := range rs[:5] {
		t.Logf("%v %d %.200q", x.d, len(x.src), x.src)
	}
}
