package queuemod

import (
	"sort"
	"sync"
	"testing"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// TestManyProducersConsumers moves 20,000 items through a bounded queue
// between goroutines, each with its own Python thread: none lost or
// duplicated (run with -race).
func TestManyProducersConsumers(t *testing.T) {
	q := New(QueueType, 16)
	const producers, consumers, per = 4, 4, 5000
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			th := py.NewThread()
			for i := 0; i < per; i++ {
				if err := q.Put(th, py.Int(p*per+i), true, threadingmod.Forever); err != nil {
					t.Error(err)
					return
				}
			}
		}(p)
	}
	results := make([][]int, consumers)
	var cwg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			th := py.NewThread()
			for {
				v, err := q.Get(th, true, threadingmod.Forever)
				if err != nil {
					t.Error(err)
					return
				}
				if v == py.None {
					q.TaskDone()
					return
				}
				results[c] = append(results[c], int(v.(py.Int)))
				q.TaskDone()
			}
		}(c)
	}
	wg.Wait()
	q.Join()
	th := py.NewThread()
	for c := 0; c < consumers; c++ {
		q.Put(th, py.None, true, threadingmod.Forever)
	}
	cwg.Wait()
	var all []int
	for _, r := range results {
		all = append(all, r...)
	}
	sort.Ints(all)
	if len(all) != producers*per {
		t.Fatalf("got %d items, want %d", len(all), producers*per)
	}
	for i, v := range all {
		if v != i {
			t.Fatalf("item %d is %d", i, v)
		}
	}
}

func TestTimeoutsAndOrder(t *testing.T) {
	th := py.NewThread()
	q := New(QueueType, 1)
	start := time.Now()
	if _, err := q.Get(th, true, 20*time.Millisecond); err == nil || py.AsException(err).Type() != EmptyType {
		t.Fatalf("get on empty: %v", err)
	}
	if time.Since(start) < 15*time.Millisecond {
		t.Fatal("get returned before its timeout")
	}
	q.Put(th, py.Int(1), true, threadingmod.Forever)
	if err := q.Put(th, py.Int(2), true, 10*time.Millisecond); err == nil || py.AsException(err).Type() != FullType {
		t.Fatalf("put on full: %v", err)
	}
	pq := New(PriorityQueueType, 0)
	for _, v := range []int{5, 3, 9, 1, 7, 2} {
		pq.Put(th, py.Int(v), true, threadingmod.Forever)
	}
	var got []int
	for pq.Len() > 0 {
		v, _ := pq.Get(th, false, 0)
		got = append(got, int(v.(py.Int)))
	}
	if !sort.IntsAreSorted(got) || len(got) != 6 {
		t.Fatalf("priority order %v", got)
	}
	if err := New(QueueType, 0).TaskDone(); err == nil {
		t.Fatal("task_done on a fresh queue succeeded")
	}
}
