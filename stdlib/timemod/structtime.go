package timemod

import (
	"strconv"
	"strings"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// StructTime is time.struct_time: nine fields plus tm_zone and tm_gmtoff.
type StructTime struct {
	t      *py.Tuple
	zone   py.Object
	gmtoff py.Object
}

// StructTimeType is time.struct_time.
var StructTimeType = py.NewType("struct_time", "time", nil, py.FlagBaseType)

// Type returns StructTimeType.
func (s *StructTime) Type() *py.Type { return StructTimeType }

var fieldNames = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func fieldsFromTime(t time.Time) [9]int64 {
	return [9]int64{int64(t.Year()), int64(t.Month()), int64(t.Day()), int64(t.Hour()), int64(t.Minute()),
		int64(t.Second()), int64((t.Weekday() + 6) % 7), int64(t.YearDay()), 0}
}

func fromTime(t time.Time, local bool) *StructTime {
	f := fieldsFromTime(t)
	items := make([]py.Object, 9)
	for i, v := range f {
		items[i] = py.Int(v)
	}
	zone, off := t.Zone()
	if !local {
		zone = "GMT"
	}
	return &StructTime{t: py.NewTuple(items), zone: py.NewStr(zone), gmtoff: py.Int(off)}
}

func newStructTime(f [9]int64, zone py.Object, off py.Object) *StructTime {
	items := make([]py.Object, 9)
	for i, v := range f {
		items[i] = py.Int(v)
	}
	return &StructTime{t: py.NewTuple(items), zone: zone, gmtoff: off}
}

// fieldsOf reads a struct_time or a 9-tuple.
func fieldsOf(th *py.Thread, o py.Object, fname string) ([9]int64, error) {
	var f [9]int64
	var items []py.Object
	switch v := py.Unwrap(o).(type) {
	case *StructTime:
		items = v.t.Items
	case *py.Tuple:
		items = v.Items
	default:
		return f, py.NewError(py.TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return f, py.NewError(py.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	for i, it := range items {
		v, err := mu.Int64(th, it)
		if err != nil {
			return f, err
		}
		f[i] = v
	}
	return f, nil
}

func zoneOf(o py.Object, f [9]int64) (string, int) {
	if st, ok := py.Unwrap(o).(*StructTime); ok {
		z, _ := mu.Str(st.zone)
		off, _ := py.IntValue(st.gmtoff)
		return z, int(off)
	}
	name, off := time.Now().Zone()
	return name, off
}

func checkFields(f [9]int64) error {
	check := func(v, lo, hi int64, what string) error {
		if v < lo || v > hi {
			return py.NewError(py.ValueErrorType, "%s out of range", what)
		}
		return nil
	}
	if f[1] == 0 {
		f[1] = 1
	}
	for _, c := range []struct {
		v, lo, hi int64
		what      string
	}{{f[1], 0, 12, "month"}, {f[2], 0, 31, "day of month"}, {f[3], 0, 23, "hour"}, {f[4], 0, 59, "minute"},
		{f[5], 0, 61, "seconds"}, {f[7], 0, 366, "day of year"}} {
		if err := check(c.v, c.lo, c.hi, c.what); err != nil {
			return err
		}
	}
	if f[6] < 0 {
		return py.NewError(py.ValueErrorType, "day of week out of range")
	}
	return nil
}

func init() {
	StructTimeType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("struct_time", args, kw, []string{"sequence", "dict"}, 1)
		if err != nil {
			return nil, err
		}
		items, err := py.Collect(th, a[0])
		if err != nil {
			return nil, err
		}
		if len(items) < 9 {
			return nil, py.NewError(py.TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		if len(items) > 11 {
			return nil, py.NewError(py.TypeErrorType, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
		}
		st := &StructTime{t: py.NewTuple(items[:9]), zone: py.None, gmtoff: py.None}
		if len(items) > 9 {
			st.zone = items[9]
		}
		if len(items) > 10 {
			st.gmtoff = items[10]
		}
		return st, nil
	}
	StructTimeType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		st := py.Unwrap(o).(*StructTime)
		parts := make([]string, 9)
		for i, v := range st.t.Items {
			r, err := py.Repr(th, v)
			if err != nil {
				return nil, err
			}
			parts[i] = fieldNames[i] + "=" + r.String()
		}
		return py.NewStr("time.struct_time(" + strings.Join(parts, ", ") + ")"), nil
	}
	StructTimeType.Slots.Len = func(th *py.Thread, o py.Object) (int, error) { return 9, nil }
	StructTimeType.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		return py.GetItem(th, py.Unwrap(o).(*StructTime).t, k)
	}
	StructTimeType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.Iter(th, py.Unwrap(o).(*StructTime).t)
	}
	StructTimeType.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		return py.Hash(th, py.Unwrap(o).(*StructTime).t)
	}
	StructTimeType.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		x := py.Unwrap(a).(*StructTime).t
		var y py.Object = b
		if s, ok := py.Unwrap(b).(*StructTime); ok {
			y = s.t
		}
		return py.Compare(th, op, x, y)
	}
	for i, n := range fieldNames {
		i := i
		py.DefGetter(StructTimeType, n, func(th *py.Thread, self py.Object) (py.Object, error) {
			return self.(*StructTime).t.Items[i], nil
		})
	}
	py.DefGetter(StructTimeType, "tm_zone", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*StructTime).zone, nil })
	py.DefGetter(StructTimeType, "tm_gmtoff", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*StructTime).gmtoff, nil })
	StructTimeType.Dict.SetStr(py.NewStr("n_fields"), py.Int(11))
	StructTimeType.Dict.SetStr(py.NewStr("n_sequence_fields"), py.Int(9))
	StructTimeType.Dict.SetStr(py.NewStr("n_unnamed_fields"), py.Int(0))
}

// strptime parses with the common directives of the C locale.
func strptime(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("strptime", args, kw, 1, 2); err != nil {
		return nil, err
	}
	s, ok := mu.Str(args[0])
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "strptime() argument 0 must be str, not %s", args[0].Type().Name)
	}
	format := "%a %b %d %H:%M:%S %Y"
	if len(args) == 2 {
		if format, ok = mu.Str(args[1]); !ok {
			return nil, py.NewError(py.TypeErrorType, "strptime() argument 1 must be str, not %s", args[1].Type().Name)
		}
	}
	year, month, day, hour, min, sec := int64(1900), int64(1), int64(1), int64(0), int64(0), int64(0)
	yday, wday := int64(-1), int64(-1)
	pm := -1
	var zone py.Object = py.None
	var gmtoff py.Object = py.None
	mismatch := func() error {
		return py.NewError(py.ValueErrorType, "time data %s does not match format %s", quote(s), quote(format))
	}
	pos := 0
	num := func(maxDigits int) (int64, bool) {
		j := pos
		for j < len(s) && j-pos < maxDigits && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == pos {
			return 0, false
		}
		v, _ := strconv.ParseInt(s[pos:j], 10, 64)
		pos = j
		return v, true
	}
	name := func(names []string, abbrev bool) (int64, bool) {
		for i, n := range names {
			cand := n
			if abbrev {
				cand = n[:3]
			}
			if len(s)-pos >= len(cand) && strings.EqualFold(s[pos:pos+len(cand)], cand) {
				pos += len(cand)
				return int64(i), true
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n') {
				pos++
			}
			continue
		}
		if c != '%' || i+1 >= len(format) {
			if pos >= len(s) || s[pos] != c {
				return nil, mismatch()
			}
			pos++
			continue
		}
		i++
		var ok bool
		var v int64
		switch format[i] {
		case 'Y':
			year, ok = num(4)
		case 'y':
			v, ok = num(2)
			if v < 69 {
				year = 2000 + v
			} else {
				year = 1900 + v
			}
		case 'm':
			month, ok = num(2)
			ok = ok && month >= 1 && month <= 12
		case 'd':
			day, ok = num(2)
			ok = ok && day >= 1 && day <= 31
		case 'H':
			hour, ok = num(2)
			ok = ok && hour <= 23
		case 'I':
			hour, ok = num(2)
			ok = ok && hour >= 1 && hour <= 12
		case 'M':
			min, ok = num(2)
			ok = ok && min <= 59
		case 'S':
			sec, ok = num(2)
			ok = ok && sec <= 61
		case 'f':
			_, ok = num(6)
		case 'j':
			yday, ok = num(3)
			ok = ok && yday >= 1 && yday <= 366
		case 'b', 'h':
			if v, ok = name(monthNames, false); !ok {
				v, ok = name(monthNames, true)
			}
			month = v + 1
		case 'B':
			if v, ok = name(monthNames, false); !ok {
				v, ok = name(monthNames, true)
			}
			month = v + 1
		case 'a', 'A':
			if wday, ok = name(dayNames, false); !ok {
				wday, ok = name(dayNames, true)
			}
		case 'w':
			v, ok = num(1)
			wday = (v + 6) % 7
		case 'p':
			switch {
			case len(s)-pos >= 2 && strings.EqualFold(s[pos:pos+2], "AM"):
				pm, ok = 0, true
				pos += 2
			case len(s)-pos >= 2 && strings.EqualFold(s[pos:pos+2], "PM"):
				pm, ok = 1, true
				pos += 2
			}
		case 'z':
			if pos < len(s) && (s[pos] == '+' || s[pos] == '-') {
				sign := int64(1)
				if s[pos] == '-' {
					sign = -1
				}
				pos++
				var h, m int64
				if h, ok = num(2); ok {
					if pos < len(s) && s[pos] == ':' {
						pos++
					}
					m, ok = num(2)
				}
				gmtoff = py.Int(sign * (h*3600 + m*60))
			} else if pos < len(s) && s[pos] == 'Z' {
				pos++
				ok = true
				gmtoff = py.Int(0)
			}
		case 'Z':
			j := pos
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			ok = j > pos
			zone = py.NewStr(s[pos:j])
			pos = j
		case '%':
			ok = pos < len(s) && s[pos] == '%'
			pos++
		default:
			return nil, py.NewError(py.ValueErrorType, "'%s' is a bad directive in format '%s'", string(format[i]), format)
		}
		if !ok {
			return nil, mismatch()
		}
	}
	if pos < len(s) {
		return nil, py.NewError(py.ValueErrorType, "unconverted data remains: %s", s[pos:])
	}
	if pm >= 0 {
		hour %= 12
		if pm == 1 {
			hour += 12
		}
	}
	t := time.Date(int(year), time.Month(month), int(day), 0, 0, 0, 0, time.UTC)
	if int64(t.Day()) != day {
		return nil, py.NewError(py.ValueErrorType, "day is out of range for month")
	}
	if yday < 0 {
		yday = int64(t.YearDay())
	}
	if wday < 0 || !strings.Contains(format, "%a") && !strings.Contains(format, "%A") && !strings.Contains(format, "%w") {
		wday = int64((t.Weekday() + 6) % 7)
	}
	return newStructTime([9]int64{year, month, day, hour, min, sec, wday, yday, -1}, zone, gmtoff), nil
}

func quote(s string) string {
	r, err := py.Repr(nil, py.NewStr(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r.String()
}
