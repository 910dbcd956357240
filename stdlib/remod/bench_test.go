package remod

import (
	"strings"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
)

func BenchmarkFindAll(b *testing.B) {
	th := py.NewThread()
	p, err := Compile(th, py.NewStr(`\d+`), nil)
	if err != nil {
		b.Fatal(err)
	}
	s := py.NewStr(strings.Repeat("abc 123 def 4567 ", 20000))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.FindAll(th, s, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
