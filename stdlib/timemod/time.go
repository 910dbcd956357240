// Package timemod implements Python's time module in Go: clocks, sleep
// (which blocks only the calling goroutine), struct_time, gmtime,
// localtime, mktime, asctime, ctime, strftime and strptime (C locale).
package timemod

import (
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

var start = time.Now()

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "time", Body: timeBody})
}

func noArgs(name string) func(f func() py.Object) mu.Fn {
	return func(f func() py.Object) mu.Fn {
		return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := py.NoArgs(name, args, kw); err != nil {
				return nil, err
			}
			return f(), nil
		}
	}
}

func processTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(start)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func monoNs() int64 { return int64(time.Since(start)) + 1_000_000_000 }

func timeBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	clock := func(name string, ns func() int64) {
		d.Func(name, noArgs(name)(func() py.Object { return py.Float(float64(ns()) / 1e9) }))
		d.Func(name+"_ns", noArgs(name+"_ns")(func() py.Object { return py.Int(ns()) }))
	}
	clock("time", func() int64 { return time.Now().UnixNano() })
	clock("monotonic", monoNs)
	clock("perf_counter", monoNs)
	clock("process_time", func() int64 { return int64(processTime()) })
	clock("thread_time", func() int64 { return int64(processTime()) })
	d.Func("sleep", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("sleep", args, kw, 1); err != nil {
			return nil, err
		}
		if !mu.IsInt(args[0]) {
			if _, ok := py.Unwrap(args[0]).(py.Float); !ok && args[0].Type().Slots.Float == nil {
				return nil, py.NewError(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
		}
		secs, err := mu.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		if math.IsNaN(secs) {
			return nil, py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)")
		}
		if secs < 0 {
			return nil, py.NewError(py.ValueErrorType, "sleep length must be non-negative")
		}
		if err := py.Sleep(th, time.Duration(secs*1e9)); err != nil {
			return nil, err // KeyboardInterrupt
		}
		return py.None, nil
	})
	d.Set("struct_time", StructTimeType)
	d.Func("gmtime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		t, err := secondsArg(th, "gmtime", args, kw)
		if err != nil {
			return nil, err
		}
		return fromTime(t.UTC(), false), nil
	})
	d.Func("localtime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		t, err := secondsArg(th, "localtime", args, kw)
		if err != nil {
			return nil, err
		}
		return fromTime(t.Local(), true), nil
	})
	d.Func("mktime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("mktime", args, kw, 1); err != nil {
			return nil, err
		}
		f, err := fieldsOf(th, args[0], "mktime")
		if err != nil {
			return nil, err
		}
		t := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
		return py.Float(float64(t.Unix())), nil
	})
	d.Func("asctime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("asctime", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var f [9]int64
		if len(args) == 0 {
			f = fieldsFromTime(time.Now())
		} else {
			var err error
			if f, err = fieldsOf(th, args[0], "asctime"); err != nil {
				return nil, err
			}
		}
		return py.NewStr(asctime(f)), nil
	})
	d.Func("ctime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		t, err := secondsArg(th, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(asctime(fieldsFromTime(t.Local()))), nil
	})
	d.Func("strftime", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		format, ok := mu.Str(args[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		var f [9]int64
		zone, off := "", 0
		if len(args) == 2 {
			var err error
			if f, err = fieldsOf(th, args[1], "strftime"); err != nil {
				return nil, err
			}
			if err := checkFields(f); err != nil {
				return nil, err
			}
			zone, off = zoneOf(args[1], f)
		} else {
			now := time.Now()
			f = fieldsFromTime(now)
			zone, off = now.Zone()
		}
		return py.NewStr(strftime(format, f, zone, off)), nil
	})
	d.Func("strptime", strptime)
	name, off := time.Now().Zone()
	d.Set("timezone", py.Int(-off))
	d.Set("altzone", py.Int(-off))
	d.Set("daylight", py.Int(0))
	d.Set("tzname", py.NewTuple([]py.Object{py.NewStr(name), py.NewStr(name)}))
	return nil
}

// secondsArg reads the optional seconds argument of gmtime/localtime/ctime.
func secondsArg(th *py.Thread, name string, args []py.Object, kw *py.KwArgs) (time.Time, error) {
	if err := mu.Range(name, args, kw, 0, 1); err != nil {
		return time.Time{}, err
	}
	if len(args) == 0 || args[0] == py.None {
		return time.Now(), nil
	}
	if b, ok := mu.BigOf(args[0]); ok {
		if !b.IsInt64() {
			return time.Time{}, py.NewError(py.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return time.Unix(b.Int64(), 0), nil
	}
	f, err := mu.Float(th, args[0])
	if err != nil {
		return time.Time{}, py.NewError(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if math.IsNaN(f) {
		return time.Time{}, py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if math.IsInf(f, 0) || math.Abs(f) > 1e17 {
		return time.Time{}, py.NewError(py.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return time.Unix(int64(math.Floor(f)), 0), nil
}

var dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

func asctime(f [9]int64) string {
	wd := dayNames[((f[6]%7)+7)%7][:3]
	mon := monthNames[((f[1]-1)%12+12)%12][:3]
	return wd + " " + mon + " " + pad(f[2], 2, ' ') + " " + pad(f[3], 2, '0') + ":" + pad(f[4], 2, '0') + ":" +
		pad(f[5], 2, '0') + " " + strconv.FormatInt(f[0], 10)
}

func pad(v int64, width int, c byte) string {
	s := strconv.FormatInt(v, 10)
	for len(s) < width {
		s = string(c) + s
	}
	return s
}

// weekOfYear computes %U (firstDay 0, Sunday) and %W (firstDay 1, Monday).
func weekOfYear(f [9]int64, firstDay int64) int64 {
	wday := (f[6] + 1) % 7 // 0 = Sunday
	yday := f[7] - 1
	return (yday + 7 - (wday-firstDay+7)%7) / 7
}

func strftime(format string, f [9]int64, zone string, off int) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[f[6]%7][:3])
		case 'A':
			b.WriteString(dayNames[f[6]%7])
		case 'b', 'h':
			b.WriteString(monthNames[(f[1]+11)%12][:3])
		case 'B':
			b.WriteString(monthNames[(f[1]+11)%12])
		case 'c':
			b.WriteString(asctime(f))
		case 'C':
			b.WriteString(pad(f[0]/100, 2, '0'))
		case 'd':
			b.WriteString(pad(f[2], 2, '0'))
		case 'D':
			b.WriteString(pad(f[1], 2, '0') + "/" + pad(f[2], 2, '0') + "/" + pad(f[0]%100, 2, '0'))
		case 'e':
			b.WriteString(pad(f[2], 2, ' '))
		case 'F':
			b.WriteString(pad(f[0], 4, '0') + "-" + pad(f[1], 2, '0') + "-" + pad(f[2], 2, '0'))
		case 'H':
			b.WriteString(pad(f[3], 2, '0'))
		case 'I':
			h := f[3] % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad(h, 2, '0'))
		case 'j':
			b.WriteString(pad(f[7], 3, '0'))
		case 'm':
			b.WriteString(pad(f[1], 2, '0'))
		case 'M':
			b.WriteString(pad(f[4], 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'R':
			b.WriteString(pad(f[3], 2, '0') + ":" + pad(f[4], 2, '0'))
		case 'S':
			b.WriteString(pad(f[5], 2, '0'))
		case 'T', 'X':
			b.WriteString(pad(f[3], 2, '0') + ":" + pad(f[4], 2, '0') + ":" + pad(f[5], 2, '0'))
		case 'u':
			b.WriteString(strconv.FormatInt(f[6]+1, 10))
		case 'w':
			b.WriteString(strconv.FormatInt((f[6]+1)%7, 10))
		case 'U':
			b.WriteString(pad(weekOfYear(f, 0), 2, '0'))
		case 'W':
			b.WriteString(pad(weekOfYear(f, 1), 2, '0'))
		case 'V', 'G', 'g':
			t := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), 0, 0, 0, 0, time.UTC)
			y, w := t.ISOWeek()
			switch format[i] {
			case 'V':
				b.WriteString(pad(int64(w), 2, '0'))
			case 'G':
				b.WriteString(strconv.Itoa(y))
			default:
				b.WriteString(pad(int64(y%100), 2, '0'))
			}
		case 'x':
			b.WriteString(pad(f[1], 2, '0') + "/" + pad(f[2], 2, '0') + "/" + pad(f[0]%100, 2, '0'))
		case 'y':
			b.WriteString(pad(f[0]%100, 2, '0'))
		case 'Y':
			b.WriteString(strconv.FormatInt(f[0], 10))
		case 'z':
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteString(string(sign) + pad(int64(off/3600), 2, '0') + pad(int64(off%3600/60), 2, '0'))
		case 'Z':
			b.WriteString(zone)
		case 's':
			t := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
