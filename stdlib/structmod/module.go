package structmod

import (
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Struct is a compiled format (struct.Struct).
type Struct struct {
	l *layout
}

// StructType is struct.Struct.
var StructType = py.NewType("Struct", "_struct", nil, py.FlagBaseType)

// Type returns StructType.
func (s *Struct) Type() *py.Type { return StructType }

var cache sync.Map // format string -> *layout

func formatArg(th *py.Thread, fname string, o py.Object) (string, error) {
	if s, ok := mu.Str(o); ok {
		return s, nil
	}
	if b, ok := py.Unwrap(o).(*py.Bytes); ok {
		return string(b.Bytes()), nil
	}
	return "", py.NewError(py.TypeErrorType, "%s() argument 1 must be a str or bytes object, not %s", fname, o.Type().Name)
}

func getLayout(th *py.Thread, fname string, o py.Object) (*layout, error) {
	if s, ok := py.Unwrap(o).(*Struct); ok {
		return s.l, nil
	}
	f, err := formatArg(th, fname, o)
	if err != nil {
		return nil, err
	}
	if l, ok := cache.Load(f); ok {
		return l.(*layout), nil
	}
	l, err := parse(th, f)
	if err != nil {
		return nil, err
	}
	cache.Store(f, l)
	return l, nil
}

func buffer(th *py.Thread, o py.Object) ([]byte, error) {
	if b, ok := mu.Bytes(o); ok {
		return b, nil
	}
	if o.Type() == py.MemoryViewType {
		r, err := py.CallMethod0(th, o, py.Intern("tobytes"))
		if err == nil {
			if b, ok := mu.Bytes(r); ok {
				return b, nil
			}
		}
	}
	return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func doPack(th *py.Thread, l *layout, args []py.Object) (py.Object, error) {
	buf := make([]byte, l.size)
	if err := l.pack(th, buf, args); err != nil {
		return nil, err
	}
	return py.NewBytes(buf), nil
}

func doUnpack(th *py.Thread, l *layout, o py.Object) (py.Object, error) {
	b, err := buffer(th, o)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structError(th, "unpack requires a buffer of "+itoa(int64(l.size))+" bytes")
	}
	return l.unpack(b), nil
}

func doUnpackFrom(th *py.Thread, l *layout, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("unpack_from", args, kw, []string{"buffer", "offset"}, 1)
	if err != nil {
		return nil, err
	}
	b, err := buffer(th, a[0])
	if err != nil {
		return nil, err
	}
	off := int64(0)
	if a[1] != nil {
		if off, err = mu.Int64(th, a[1]); err != nil {
			return nil, err
		}
	}
	if off < 0 {
		if off+int64(len(b)) < 0 {
			return nil, structError(th, "offset "+itoa(off)+" out of range for "+itoa(int64(len(b)))+"-byte buffer")
		}
		off += int64(len(b))
	}
	if int64(len(b))-off < int64(l.size) {
		if off > int64(len(b)) {
			return nil, structError(th, "offset "+itoa(off)+" out of range for "+itoa(int64(len(b)))+"-byte buffer")
		}
		return nil, structError(th, "unpack_from requires a buffer of at least "+itoa(int64(l.size)+off)+" bytes for unpacking "+
			itoa(int64(l.size))+" bytes at offset "+itoa(off)+" (actual buffer size is "+itoa(int64(len(b)))+")")
	}
	return l.unpack(b[off : off+int64(l.size)]), nil
}

func doPackInto(th *py.Thread, l *layout, args []py.Object) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.NewError(py.TypeErrorType, "pack_into expected buffer argument")
	}
	ba, ok := py.Unwrap(args[0]).(*py.ByteArray)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "argument must be read-write bytes-like object, not %s", args[0].Type().Name)
	}
	off, err := mu.Int64(th, args[1])
	if err != nil {
		return nil, err
	}
	n := int64(len(ba.Snapshot()))
	if off < 0 {
		if off+n < 0 {
			return nil, structError(th, "offset "+itoa(off)+" out of range for "+itoa(n)+"-byte buffer")
		}
		off += n
	}
	if n-off < int64(l.size) {
		if off > n {
			return nil, structError(th, "offset "+itoa(off)+" out of range for "+itoa(n)+"-byte buffer")
		}
		return nil, structError(th, "pack_into requires a buffer of at least "+itoa(int64(l.size)+off)+" bytes for packing "+
			itoa(int64(l.size))+" bytes at offset "+itoa(off)+" (actual buffer size is "+itoa(n)+")")
	}
	buf := make([]byte, l.size)
	if err := l.pack(th, buf, args[2:]); err != nil {
		return nil, err
	}
	for i, c := range buf {
		if err := py.SetItem(th, ba, py.Int(off+int64(i)), py.Int(c)); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func doIterUnpack(th *py.Thread, l *layout, o py.Object) (py.Object, error) {
	b, err := buffer(th, o)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structError(th, "cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structError(th, "iterative unpacking requires a buffer of a multiple of "+itoa(int64(l.size))+" bytes")
	}
	var out []py.Object
	for i := 0; i < len(b); i += l.size {
		out = append(out, l.unpack(b[i:i+l.size]))
	}
	return py.Iter(th, py.NewTuple(out))
}

func init() {
	StructType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("Struct", args, kw, []string{"format"}, 1)
		if err != nil {
			return nil, err
		}
		f, err := formatArg(th, "Struct", a[0])
		if err != nil {
			return nil, err
		}
		l, err := parse(th, f)
		if err != nil {
			return nil, err
		}
		return &Struct{l: l}, nil
	}
	StructType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	py.DefGetter(StructType, "format", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*Struct).l.format), nil
	})
	py.DefGetter(StructType, "size", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*Struct).l.size), nil
	})
	py.DefMethod(StructType, "pack", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return doPack(th, self.(*Struct).l, args)
	})
	py.DefMethod(StructType, "unpack", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("unpack", args, kw, 1); err != nil {
			return nil, err
		}
		return doUnpack(th, self.(*Struct).l, args[0])
	})
	py.DefMethod(StructType, "unpack_from", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return doUnpackFrom(th, self.(*Struct).l, args, kw)
	})
	py.DefMethod(StructType, "pack_into", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return doPackInto(th, self.(*Struct).l, args)
	})
	py.DefMethod(StructType, "iter_unpack", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("iter_unpack", args, kw, 1); err != nil {
			return nil, err
		}
		return doIterUnpack(th, self.(*Struct).l, args[0])
	})

	body := func(th *py.Thread, m *py.Module) error {
		d := mu.New(m)
		if errorClass == nil {
			ns := py.NewDict()
			ns.SetStr(py.NewStr("__module__"), py.NewStr("struct"))
			cls, err := py.TypeNew(th, py.TypeType, "error", []py.Object{py.ExceptionType}, ns, nil)
			if err != nil {
				return err
			}
			errorClass = cls
		}
		d.Set("error", errorClass)
		d.Set("Struct", StructType)
		withFmt := func(name string, fn func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error)) {
			d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
				if len(args) == 0 {
					return nil, py.NewError(py.TypeErrorType, "%s expected at least 1 argument, got 0", name)
				}
				l, err := getLayout(th, name, args[0])
				if err != nil {
					return nil, err
				}
				return fn(th, l, args[1:], kw)
			})
		}
		withFmt("pack", func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error) {
			return doPack(th, l, rest)
		})
		withFmt("unpack", func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error) {
			if len(rest) != 1 {
				return nil, py.NewError(py.TypeErrorType, "unpack expected 2 arguments, got %d", len(rest)+1)
			}
			return doUnpack(th, l, rest[0])
		})
		withFmt("unpack_from", doUnpackFrom)
		withFmt("pack_into", func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error) {
			return doPackInto(th, l, rest)
		})
		withFmt("iter_unpack", func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error) {
			if len(rest) != 1 {
				return nil, py.NewError(py.TypeErrorType, "iter_unpack expected 2 arguments, got %d", len(rest)+1)
			}
			return doIterUnpack(th, l, rest[0])
		})
		withFmt("calcsize", func(th *py.Thread, l *layout, rest []py.Object, kw *py.KwArgs) (py.Object, error) {
			return py.Int(l.size), nil
		})
		return nil
	}
	py.RegisterModule(&py.ModuleDef{Name: "struct", Body: body})
	py.RegisterModule(&py.ModuleDef{Name: "_struct", Body: body})
}
