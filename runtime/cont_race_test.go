package py

// Concurrency tests for the no-GIL containers (run with -race): several
// goroutines mutate one shared list/dict/set; nothing may be lost and the
// race detector must stay quiet. And benchmarks of the per-operation lock.

import (
	"sync"
	"testing"
)

const (
	raceWorkers = 8
	racePerG    = 2000
)

func TestConcurrentListAppendPop(t *testing.T) {
	l := NewList(nil)
	var wg sync.WaitGroup
	for g := 0; g < raceWorkers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < racePerG; i++ {
				l.Append(Int(g*racePerG + i))
				if i%4 == 3 {
					// Also read and iterate while others write.
					if _, err := GetItem(th, l, Int(-1)); err != nil {
						t.Error(err)
						return
					}
				}
			}
			it, _ := Iter(th, l)
			for {
				v, err := Next(th, it)
				if err != nil {
					t.Error(err)
					return
				}
				if v == nil {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	if n := l.Len(); n != raceWorkers*racePerG {
		t.Fatalf("len = %d, want %d", n, raceWorkers*racePerG)
	}
	seen := map[Int]bool{}
	for _, v := range l.Items() {
		seen[v.(Int)] = true
	}
	if len(seen) != raceWorkers*racePerG {
		t.Fatalf("%d distinct items, want %d", len(seen), raceWorkers*racePerG)
	}
	// Concurrent pops: every item popped exactly once.
	var mu sync.Mutex
	popped := map[Int]int{}
	for g := 0; g < raceWorkers; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := []Int{}
			for {
				v, err := l.Pop(-1)
				if err != nil {
					break // pop from empty list
				}
				local = append(local, v.(Int))
			}
			mu.Lock()
			for _, v := range local {
				popped[v]++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(popped) != raceWorkers*racePerG {
		t.Fatalf("popped %d distinct, want %d", len(popped), raceWorkers*racePerG)
	}
	for v, n := range popped {
		if n != 1 {
			t.Fatalf("%d popped %d times", v, n)
		}
	}
}

func TestConcurrentDictSetItemSetDefaultPop(t *testing.T) {
	d := NewDict()
	var wg sync.WaitGroup
	for g := 0; g < raceWorkers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < racePerG; i++ {
				k := Int(g*racePerG + i)
				if err := d.SetItem(th, k, k); err != nil {
					t.Error(err)
					return
				}
				// Shared keys: setdefault must be atomic.
				if _, err := d.SetDefault(th, NewStr("shared"), Int(g)); err != nil {
					t.Error(err)
					return
				}
				if i%8 == 0 {
					d.SetStr(Intern("s"+contItoa(i)), k)
				}
			}
			// Iterate while others mutate: may raise RuntimeError
			// (changed size) but must not crash.
			it, _ := Iter(th, d)
			for {
				v, err := Next(th, it)
				if err != nil || v == nil {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	want := raceWorkers*racePerG + 1 + racePerG/8
	if n := d.Len(); n != want {
		t.Fatalf("len = %d, want %d", n, want)
	}
	th := NewThread()
	for i := 0; i < raceWorkers*racePerG; i++ {
		v, err := d.GetItem(th, Int(i))
		if err != nil || v != Int(i) {
			t.Fatalf("d[%d] = %v, %v", i, v, err)
		}
	}
	// Concurrent pops of disjoint and shared keys.
	var popped sync.Map
	var count sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for g := 0; g < raceWorkers; g++ {
		count.Add(1)
		go func() {
			defer count.Done()
			th := NewThread()
			n := 0
			for i := 0; i < raceWorkers*racePerG; i++ {
				v, err := d.Pop(th, Int(i))
				if err != nil {
					t.Error(err)
					return
				}
				if v != nil {
					if _, dup := popped.LoadOrStore(i, true); dup {
						t.Errorf("key %d popped twice", i)
					}
					n++
				}
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	count.Wait()
	if total != raceWorkers*racePerG {
		t.Fatalf("popped %d, want %d", total, raceWorkers*racePerG)
	}
}

func TestConcurrentSetAdd(t *testing.T) {
	s := NewSet()
	var wg sync.WaitGroup
	for g := 0; g < raceWorkers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < racePerG; i++ {
				// Half the values overlap between goroutines.
				if err := s.Add(th, Int(i+(g%2)*racePerG)); err != nil {
					t.Error(err)
					return
				}
				if err := s.Add(th, ctTup(Int(g), Int(i))); err != nil {
					t.Error(err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	if n, want := s.Len(), 2*racePerG+raceWorkers*racePerG; n != want {
		t.Fatalf("len = %d, want %d", n, want)
	}
}

// ctBoxed are pre-boxed ints, so the benchmarks measure the containers,
// not the allocation of interface values.
var ctBoxed = func() []Object {
	out := make([]Object, 1024)
	for i := range out {
		out[i] = Int(i * 7)
	}
	return out
}()

func BenchmarkListAppendLocked(b *testing.B) {
	l := NewList(nil)
	for i := 0; i < b.N; i++ {
		l.Append(ctBoxed[i&1023])
		if len(l.items) > 1<<16 {
			l.items = l.items[:0]
		}
	}
}

// BenchmarkListAppendUnlocked is the same append without the mutex: the
// baseline for the lock's cost.
func BenchmarkListAppendUnlocked(b *testing.B) {
	l := NewList(nil)
	for i := 0; i < b.N; i++ {
		l.items = append(l.items, ctBoxed[i&1023])
		l.mods++
		if len(l.items) > 1<<16 {
			l.items = l.items[:0]
		}
	}
}

func BenchmarkDictSetItemLocked(b *testing.B) {
	th := NewThread()
	d := NewDict()
	for i := 0; i < b.N; i++ {
		d.SetItem(th, ctBoxed[i&1023], ctBoxed[i&511])
	}
}

// BenchmarkDictSetItemUnlocked does the same work as SetItem without
// taking the mutex or bumping the atomic version.
func BenchmarkDictSetItemUnlocked(b *testing.B) {
	th := NewThread()
	d := NewDict()
	for i := 0; i < b.N; i++ {
		k := ctBoxed[i&1023]
		h, _ := dictHash(th, k)
		ix, slot, _ := d.lookup(th, k, h)
		if ix >= 0 {
			d.entries[ix].value = ctBoxed[i&511]
		} else {
			d.insertNew(k, ctBoxed[i&511], h, slot)
		}
	}
}

func BenchmarkDictGetStr(b *testing.B) {
	d := NewDict()
	names := make([]*Str, 64)
	for i := range names {
		names[i] = Intern("name" + contItoa(i))
		d.SetStr(names[i], Int(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if d.GetStr(names[i&63]) == nil {
			b.Fatal("missing")
		}
	}
}

// ctKeyType is a key type whose __eq__ runs arbitrary code (as a Python
// class's would): the containers must not hold their lock while calling it.
var ctKeyType = newBuiltinType("ctkey", ObjectType, 0)

type ctKey struct {
	h     int64
	id    int
	onEq  func()
	calls int
}

func (*ctKey) Type() *Type { return ctKeyType }

func init() {
	ctKeyType.Slots.Hash = func(th *Thread, o Object) (int64, error) { return o.(*ctKey).h, nil }
	ctKeyType.Slots.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*ctKey)
		y, ok2 := b.(*ctKey)
		if !ok1 || !ok2 || op != OpEQ {
			return NotImplemented, nil
		}
		x.calls++
		if x.onEq != nil {
			x.onEq()
		}
		return Bool(x.id == y.id), nil
	}
}

func TestReentrantEqDoesNotDeadlock(t *testing.T) {
	th := NewThread()
	d := NewDict()
	s := NewSet()
	// All keys collide, so every lookup compares.
	keys := make([]*ctKey, 20)
	for i := range keys {
		keys[i] = &ctKey{h: 42, id: i}
	}
	for _, k := range keys[:10] {
		if err := d.SetItem(th, k, Int(k.id)); err != nil {
			t.Fatal(err)
		}
		if err := s.Add(th, k); err != nil {
			t.Fatal(err)
		}
	}
	// __eq__ reads and mutates the same dict and set while they are
	// being searched.
	n := 100
	for _, k := range keys[:10] {
		k.onEq = func() {
			d.Get(th, Int(7))
			d.SetItem(th, Int(n), Int(n))
			s.Contains(th, Int(3))
			s.Add(th, Int(n))
			n++
		}
	}
	for _, k := range keys {
		v, err := d.Get(th, &ctKey{h: 42, id: k.id})
		if err != nil {
			t.Fatal(err)
		}
		if k.id < 10 && v != Int(k.id) || k.id >= 10 && v != nil {
			t.Fatalf("d[%d] = %v", k.id, v)
		}
		in, err := s.Contains(th, &ctKey{h: 42, id: k.id})
		if err != nil || in != (k.id < 10) {
			t.Fatalf("%d in s = %v, %v", k.id, in, err)
		}
	}
	// A list whose items compare by mutating the list.
	l := NewList(nil)
	for _, k := range keys[:10] {
		l.Append(k)
	}
	for _, k := range keys[:10] {
		k.onEq = func() { l.Append(Int(0)) }
	}
	if in, err := Contains(th, l, &ctKey{h: 42, id: 5}); err != nil || !in {
		t.Fatalf("in list: %v %v", in, err)
	}
	if _, err := ctCall(th, l, "index", &ctKey{h: 42, id: 9}); err != nil {
		t.Fatal(err)
	}
}

func TestSharedIteratorAcrossGoroutines(t *testing.T) {
	th0 := NewThread()
	items := make([]Object, 10000)
	for i := range items {
		items[i] = Int(i)
	}
	for _, src := range []Object{NewList(items), NewTuple(items), NewRange(0, 10000, 1)} {
		it, err := Iter(th0, src)
		if err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		seen := map[Object]int{}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				th := NewThread()
				for {
					v, err := Next(th, it)
					if err != nil {
						t.Error(err)
						return
					}
					if v == nil {
						return
					}
					mu.Lock()
					seen[v]++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if len(seen) != 10000 {
			t.Fatalf("%T: saw %d distinct items", src, len(seen))
		}
		for v, n := range seen {
			if n != 1 {
				t.Fatalf("%T: %v seen %d times", src, v, n)
			}
		}
	}
}

func TestWholeContainerConsumersAreAtomic(t *testing.T) {
	d := NewDict()
	s := NewSet()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		th := NewThread()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			// Keys cycle through a bounded range so that the
			// containers stay small however fast this writer runs
			// compared with the readers (an unbounded writer grew them
			// to gigabytes under the race detector on a loaded machine).
			k := Int(i % 2048)
			d.SetItem(th, k, k)
			s.Add(th, k)
			if i%3 == 0 {
				d.Pop(th, Int(i%2048/2))
				s.Discard(th, Int(i%2048/2))
			}
		}
	}()
	th := NewThread()
	for i := 0; i < 300; i++ {
		items, _ := callMethodNoArgs(th, d, "items")
		for _, src := range []Object{d, s, items} {
			if _, err := NewListFromIter(th, src); err != nil {
				t.Fatalf("list(%s): %v", src.Type().Name, err)
			}
			if _, err := NewTupleFromIter(th, src); err != nil {
				t.Fatalf("tuple(%s): %v", src.Type().Name, err)
			}
		}
		if _, err := NewSetFromIter(th, d); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
}

func callMethodNoArgs(th *Thread, o Object, name string) (Object, error) {
	return CallMethod(th, o, Intern(name), nil, nil)
}
