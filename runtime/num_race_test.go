package py

import (
	"strings"
	"sync"
	"testing"
)

// TestConcurrentTextAccess exercises the lazily computed parts of a str
// (hash, length, index table) and bytearray's mutex from many goroutines;
// run with -race.
func TestConcurrentTextAccess(t *testing.T) {
	s := NewStr(strings.Repeat("héllo wörld ", 50))
	a := NewByteArray(nil)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < 200; i++ {
				if _, err := GetItem(th, s, Int(i)); err != nil {
					t.Error(err)
					return
				}
				_ = s.Hash()
				if _, err := CallMethod1(th, a, Intern("append"), Int(i%256)); err != nil {
					t.Error(err)
					return
				}
				if _, err := Len(th, a); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	th := NewThread()
	if n, _ := Len(th, a); n != 8*200 {
		t.Errorf("bytearray has %d items, want %d", n, 8*200)
	}
	if c, _ := GetItem(th, s, Int(1)); c.(*Str).s != "é" {
		t.Errorf("s[1] = %q", c.(*Str).s)
	}
}
