// Package queuemod provides Python's queue module (and _queue) for Pygo:
// Queue, LifoQueue, PriorityQueue and SimpleQueue, synchronised queues
// for Python threads, which are goroutines running in parallel.
//
// Each queue is a slice guarded by a sync.Mutex with three timed
// condition variables (threadingmod.Cond: not_empty, not_full,
// all_tasks_done), mirroring CPython's queue.py; blocking get/put honour
// their timeouts and raise queue.Empty / queue.Full as CPython does.
// PriorityQueue orders items with Python's < (a binary heap, like heapq).
//
// Python subclasses that override the _put/_get/_qsize hooks of CPython's
// pure-Python Queue are not supported: the storage is Go-native.
package queuemod

import (
	"fmt"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

type kind uint8

const (
	fifo kind = iota
	lifo
	priority
	simple
)

// Queue is queue.Queue, LifoQueue, PriorityQueue or SimpleQueue.
type Queue struct {
	typ        *py.Type
	kind       kind
	mu         sync.Mutex
	notEmpty   threadingmod.Cond
	notFull    threadingmod.Cond
	allDone    threadingmod.Cond
	items      []py.Object
	head       int // FIFO: index of the first item
	maxsize    int
	unfinished int
}

// The queue types and exceptions.
var (
	QueueType         = py.NewType("Queue", "queue", nil, py.FlagBaseType|py.FlagHasDict)
	LifoQueueType     = py.NewType("LifoQueue", "queue", QueueType, py.FlagBaseType|py.FlagHasDict)
	PriorityQueueType = py.NewType("PriorityQueue", "queue", QueueType, py.FlagBaseType|py.FlagHasDict)
	SimpleQueueType   = py.NewType("SimpleQueue", "_queue", nil, py.FlagBaseType)
	EmptyType         = py.NewType("Empty", "_queue", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
	FullType          = py.NewType("Full", "queue", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns the queue's type.
func (q *Queue) Type() *py.Type { return q.typ }

// New returns an empty queue of type t (one of the four queue types) with
// the given maximum size (0: unbounded).
func New(t *py.Type, maxsize int) *Queue {
	q := &Queue{typ: t, maxsize: maxsize}
	switch t {
	case LifoQueueType:
		q.kind = lifo
	case PriorityQueueType:
		q.kind = priority
	case SimpleQueueType:
		q.kind = simple
	}
	q.notEmpty.L, q.notFull.L, q.allDone.L = &q.mu, &q.mu, &q.mu
	return q
}

func queueOf(o py.Object) *Queue {
	q, _ := py.Unwrap(o).(*Queue)
	return q
}

func (q *Queue) size() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.maxsize > 0 && q.size() >= q.maxsize }

// push adds an item (lock held).
func (q *Queue) push(th *py.Thread, item py.Object) error {
	q.items = append(q.items, item)
	if q.kind == priority {
		return q.siftUp(th, len(q.items)-1)
	}
	return nil
}

// pop removes the next item (lock held, queue not empty).
func (q *Queue) pop(th *py.Thread) (py.Object, error) {
	switch q.kind {
	case lifo:
		n := len(q.items) - 1
		v := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return v, nil
	case priority:
		n := len(q.items) - 1
		v := q.items[0]
		q.items[0] = q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		if n > 0 {
			if err := q.siftDown(th, 0); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		for i := n; i < len(q.items); i++ {
			q.items[i] = nil
		}
		q.items, q.head = q.items[:n], 0
	}
	return v, nil
}

func (q *Queue) less(th *py.Thread, i, j int) (bool, error) {
	return py.CompareBool(th, py.OpLT, q.items[i], q.items[j])
}

func (q *Queue) siftUp(th *py.Thread, i int) error {
	for i > 0 {
		p := (i - 1) / 2
		lt, err := q.less(th, i, p)
		if err != nil {
			// Keep the heap valid: drop the new item, as heappush would
			// leave the list unchanged on error.
			q.items = q.items[:len(q.items)-1]
			return err
		}
		if !lt {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
	return nil
}

func (q *Queue) siftDown(th *py.Thread, i int) error {
	n := len(q.items)
	for {
		l := 2*i + 1
		if l >= n {
			return nil
		}
		m := l
		if r := l + 1; r < n {
			lt, err := q.less(th, r, l)
			if err != nil {
				return err
			}
			if lt {
				m = r
			}
		}
		lt, err := q.less(th, m, i)
		if err != nil {
			return err
		}
		if !lt {
			return nil
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
}

// Put adds item, waiting for a free slot (block) at most d
// (threadingmod.Forever: no limit). It raises queue.Full.
func (q *Queue) Put(th *py.Thread, item py.Object, block bool, d time.Duration) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.kind != simple && q.maxsize > 0 {
		if !block {
			if q.full() {
				return py.NewException(FullType)
			}
		} else {
			deadline := threadingmod.Deadline(d)
			for q.full() {
				if !q.notFull.WaitUntil(deadline) && q.full() {
					return py.NewException(FullType)
				}
			}
		}
	}
	if err := q.push(th, item); err != nil {
		return err
	}
	q.unfinished++
	q.notEmpty.Signal()
	return nil
}

// Get removes and returns the next item, waiting (block) at most d. It
// raises queue.Empty.
func (q *Queue) Get(th *py.Thread, block bool, d time.Duration) (py.Object, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !block {
		if q.size() == 0 {
			return nil, py.NewException(EmptyType)
		}
	} else {
		deadline := threadingmod.Deadline(d)
		for q.size() == 0 {
			if !q.notEmpty.WaitUntil(deadline) && q.size() == 0 {
				return nil, py.NewException(EmptyType)
			}
		}
	}
	v, err := q.pop(th)
	if err != nil {
		return nil, err
	}
	q.notFull.Signal()
	return v, nil
}

// TaskDone is Queue.task_done.
func (q *Queue) TaskDone() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		return py.NewError(py.ValueErrorType, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.Broadcast()
	}
	return nil
}

// Join waits until every item put has been marked done.
func (q *Queue) Join() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.unfinished > 0 {
		q.allDone.Wait(threadingmod.Forever)
	}
}

// Len returns the number of queued items.
func (q *Queue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.size()
}

// blockTimeout parses (block=True, timeout=None) after the leading args.
func blockTimeout(th *py.Thread, block, timeout py.Object) (bool, time.Duration, error) {
	b := true
	if block != nil {
		var err error
		if b, err = py.Truth(th, block); err != nil {
			return false, 0, err
		}
	}
	d, err := threadingmod.Timeout(th, timeout)
	if err != nil {
		return false, 0, err
	}
	return b, d, nil
}

func selfQueue(o py.Object) (*Queue, error) {
	if q := queueOf(o); q != nil {
		return q, nil
	}
	return nil, py.NewError(py.TypeErrorType, "descriptor requires a queue object but received a '%s'", o.Type().Name)
}

func defQueueMethods(t *py.Type) {
	m := func(name string, fn func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(t, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			q, err := selfQueue(self)
			if err != nil {
				return nil, err
			}
			return fn(th, q, args, kw)
		})
	}
	m("put", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("put", args, kw, []string{"item", "block", "timeout"}, 1)
		if err != nil {
			return nil, err
		}
		b, d, err := blockTimeout(th, a[1], a[2])
		if err != nil {
			return nil, err
		}
		return py.None, q.Put(th, a[0], b, d)
	})
	m("put_nowait", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("put_nowait", args, kw, []string{"item"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, q.Put(th, a[0], false, 0)
	})
	m("get", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("get", args, kw, []string{"block", "timeout"}, 0)
		if err != nil {
			return nil, err
		}
		b, d, err := blockTimeout(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		return q.Get(th, b, d)
	})
	m("get_nowait", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("get_nowait", args, kw); err != nil {
			return nil, err
		}
		return q.Get(th, false, 0)
	})
	m("qsize", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(q.Len()), nil
	})
	m("empty", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(q.Len() == 0), nil
	})
	if t == SimpleQueueType {
		return
	}
	m("full", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		q.mu.Lock()
		defer q.mu.Unlock()
		return py.Bool(q.full()), nil
	})
	m("task_done", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, q.TaskDone()
	})
	m("join", func(th *py.Thread, q *Queue, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		q.Join()
		return py.None, nil
	})
	py.DefGetSet(t, "maxsize", func(th *py.Thread, self py.Object) (py.Object, error) {
		q, err := selfQueue(self)
		if err != nil {
			return nil, err
		}
		q.mu.Lock()
		defer q.mu.Unlock()
		return py.Int(q.maxsize), nil
	}, func(th *py.Thread, self py.Object, v py.Object) error {
		q, err := selfQueue(self)
		if err != nil {
			return err
		}
		n, err := modutil.Int64(th, v)
		if err != nil {
			return err
		}
		q.mu.Lock()
		q.maxsize = int(n)
		q.notFull.Broadcast()
		q.mu.Unlock()
		return nil
	})
	py.DefGetter(t, "unfinished_tasks", func(th *py.Thread, self py.Object) (py.Object, error) {
		q, err := selfQueue(self)
		if err != nil {
			return nil, err
		}
		q.mu.Lock()
		defer q.mu.Unlock()
		return py.Int(q.unfinished), nil
	})
	py.DefGetter(t, "queue", func(th *py.Thread, self py.Object) (py.Object, error) {
		q, err := selfQueue(self)
		if err != nil {
			return nil, err
		}
		q.mu.Lock()
		defer q.mu.Unlock()
		return py.NewList(append([]py.Object(nil), q.items[q.head:]...)), nil
	})
}

func init() {
	newQ := func(builtin *py.Type) func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			b := builtin
			for _, c := range []*py.Type{LifoQueueType, PriorityQueueType} {
				if cls.IsSubtype(c) {
					b = c
				}
			}
			q := New(b, 0)
			if cls == b || cls.Flags&py.FlagHeapType == 0 {
				return q, nil
			}
			in := py.NewInstance(cls)
			in.Base = q
			return in, nil
		}
	}
	QueueType.Slots.New = newQ(QueueType)
	SimpleQueueType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if cls == SimpleQueueType {
			if err := py.NoArgs("SimpleQueue", args, kw); err != nil {
				return nil, err
			}
		}
		return newQ(SimpleQueueType)(th, cls, nil, nil)
	}
	QueueType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("Queue", args, kw, []string{"maxsize"}, 0)
		if err != nil {
			return err
		}
		n := int64(0)
		if a[0] != nil {
			if n, err = modutil.Int64(th, a[0]); err != nil {
				return err
			}
		}
		q := queueOf(self)
		q.mu.Lock()
		q.maxsize = int(n)
		q.mu.Unlock()
		return nil
	}
	defQueueMethods(QueueType)
	defQueueMethods(SimpleQueueType)
	QueueType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		t := o.Type()
		return py.NewStr(fmt.Sprintf("<%s.%s object at 0x%x>", t.Module, t.QualName, py.Id(o))), nil
	}
	SimpleQueueType.Slots.Repr = QueueType.Slots.Repr
	EmptyType.Doc = "Exception raised by Queue.get(block=0)/get_nowait()."
	FullType.Doc = "Exception raised by Queue.put(block=0)/put_nowait()."

	body := func(th *py.Thread, mod *py.Module) error {
		m := modutil.New(mod)
		m.Set("Queue", QueueType)
		m.Set("LifoQueue", LifoQueueType)
		m.Set("PriorityQueue", PriorityQueueType)
		m.Set("SimpleQueue", SimpleQueueType)
		m.Set("Empty", EmptyType)
		m.Set("Full", FullType)
		m.Set("__all__", modutil.StrList([]string{"Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"}))
		return nil
	}
	py.RegisterModule(&py.ModuleDef{Name: "queue", Doc: "A multi-producer, multi-consumer queue.", Body: body})
	py.RegisterModule(&py.ModuleDef{Name: "_queue", Doc: "C implementation of the Python queue module.", Body: func(th *py.Thread, mod *py.Module) error {
		m := modutil.New(mod)
		m.Set("SimpleQueue", SimpleQueueType)
		m.Set("Empty", EmptyType)
		return nil
	}})
}
