package collectionsmod

import (
	"strconv"
	"strings"
	"unicode"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// namedtuple builds the class with Go functions as its methods (no exec
// of generated source as in CPython): __new__ has a real signature, so
// argument errors read as CPython's; fields are tuplegetter descriptors.

// TupleGetterType is the type of namedtuple field descriptors.
var TupleGetterType = py.NewType("_tuplegetter", "collections", nil, 0)

type tupleGetter struct {
	index int
	doc   py.Object
}

func (g *tupleGetter) Type() *py.Type { return TupleGetterType }

func init() {
	TupleGetterType.Slots.DescrGet = func(th *py.Thread, descr, obj py.Object, owner *py.Type) (py.Object, error) {
		g := descr.(*tupleGetter)
		if obj == nil || obj == py.None {
			return descr, nil
		}
		t, ok := py.Unwrap(obj).(*py.Tuple)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
		}
		if g.index >= len(t.Items) {
			return nil, py.NewError(py.IndexErrorType, "tuple index out of range")
		}
		return t.Items[g.index], nil
	}
	TupleGetterType.Slots.DescrSet = func(th *py.Thread, descr, obj, value py.Object) error {
		return py.NewError(py.AttributeErrorType, "can't set attribute")
	}
	py.DefGetSet(TupleGetterType, "__doc__", func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*tupleGetter).doc, nil
	}, func(th *py.Thread, self, v py.Object) error {
		self.(*tupleGetter).doc = v
		return nil
	})
}

var pyKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield") {
		pyKeywords[k] = true
	}
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

func namedTuple(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("namedtuple", args, kw, []string{"typename", "field_names", "rename", "defaults", "module"}, 2)
	if err != nil {
		return nil, err
	}
	if len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "namedtuple() takes 2 positional arguments but %d were given", len(args))
	}
	var fields []string
	if s, ok := py.Unwrap(a[1]).(*py.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(s.String(), ",", " "))
	} else {
		items, err := py.Collect(th, a[1])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := py.StrOf(th, it)
			if err != nil {
				return nil, err
			}
			fields = append(fields, s.String())
		}
	}
	tn, err := py.StrOf(th, a[0])
	if err != nil {
		return nil, err
	}
	typename := tn.String()
	rename := false
	if a[2] != nil {
		if rename, err = py.Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	if rename {
		seen := map[string]bool{}
		for i, f := range fields {
			if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + strconv.Itoa(i)
			}
			seen[fields[i]] = true
		}
	}
	for _, n := range append([]string{typename}, fields...) {
		if !isIdentifier(n) {
			return nil, py.NewError(py.ValueErrorType, "Type names and field names must be valid identifiers: %s", quote(n))
		}
		if pyKeywords[n] {
			return nil, py.NewError(py.ValueErrorType, "Type names and field names cannot be a keyword: %s", quote(n))
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !rename {
			return nil, py.NewError(py.ValueErrorType, "Field names cannot start with an underscore: %s", quote(f))
		}
		if seen[f] {
			return nil, py.NewError(py.ValueErrorType, "Encountered duplicate field name: %s", quote(f))
		}
		seen[f] = true
	}
	var defaults []py.Object
	if a[3] != nil && a[3] != py.None {
		if defaults, err = py.Collect(th, a[3]); err != nil {
			return nil, err
		}
		if len(defaults) > len(fields) {
			return nil, py.NewError(py.TypeErrorType, "Got more default values than field names")
		}
	}
	module := "__main__"
	if a[4] != nil && a[4] != py.None {
		s, err := py.StrOf(th, a[4])
		if err != nil {
			return nil, err
		}
		module = s.String()
	}
	return buildNamedTuple(th, typename, fields, defaults, module)
}

func quote(s string) string {
	r, _ := pyutil.ReprStr(nil, py.NewStr(s))
	return r
}

func buildNamedTuple(th *py.Thread, typename string, fields []string, defaults []py.Object, module string) (py.Object, error) {
	n := len(fields)
	c := pyutil.NewClass(typename)
	fieldObjs := make([]py.Object, n)
	for i, f := range fields {
		fieldObjs[i] = py.NewStr(f)
	}
	fieldTuple := py.NewTuple(fieldObjs)
	argList := strings.Join(fields, ", ")
	c.Set("__doc__", py.NewStr(typename+"("+argList+")"))
	c.Set("__slots__", py.NewTuple(nil))
	c.Set("_fields", fieldTuple)
	c.Set("__match_args__", fieldTuple)
	fd := py.NewDict()
	for i, d := range defaults {
		fd.SetStr(py.NewStr(fields[n-len(defaults)+i]), d)
	}
	c.Set("_field_defaults", fd)
	var cls *py.Type
	makeInst := func(cls py.Object, items []py.Object) py.Object {
		t, ok := cls.(*py.Type)
		if !ok {
			t = cls.Type()
		}
		in := py.NewInstance(t)
		in.Base = py.NewTuple(items)
		return in
	}
	newFn := py.NewFunction(&py.Function{Name: "__new__", QualName: typename + ".__new__", Module: module,
		Sig: &py.Signature{Names: append([]string{"_cls"}, fields...), NPos: n + 1, Defaults: defaults},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			if t, ok := a[0].(*py.Type); ok && t.Base != nil {
				items := append([]py.Object(nil), a[1:]...)
				return makeInst(t, items), nil
			}
			return nil, py.NewError(py.TypeErrorType, "%s.__new__(X): X is not a type object", typename)
		}})
	newFn.Doc = py.NewStr("Create new instance of " + typename + "(" + argList + ")")
	c.Set("__new__", newFn)
	c.ClassMethod("_make", func(th *py.Thread, cls py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "_make() missing 1 required positional argument: 'iterable'")
		}
		items, err := py.Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != n {
			return nil, py.NewError(py.TypeErrorType, "Expected %d arguments, got %d", n, len(items))
		}
		return makeInst(cls, items), nil
	})
	itemsOf := func(o py.Object) []py.Object {
		if t, ok := py.Unwrap(o).(*py.Tuple); ok {
			return t.Items
		}
		return nil
	}
	c.MethodSig("_replace", &py.Signature{Names: []string{"self", "kwds"}, NPos: 1, HasKwArgs: true}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		items := append([]py.Object(nil), itemsOf(a[0])...)
		kw := a[1].(*py.Dict)
		for i, f := range fields {
			k := py.NewStr(f)
			if v := kw.GetStr(k); v != nil {
				items[i] = v
				kw.DelStr(k)
			}
		}
		if kw.Len() > 0 {
			s, _ := pyutil.ReprStr(th, py.NewList(kw.Keys()))
			return nil, py.NewError(py.ValueErrorType, "Got unexpected field names: %s", s)
		}
		return makeInst(a[0].Type(), items), nil
	})
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		items := itemsOf(a[0])
		if !pyutil.ReprEnter(th, a[0]) {
			return py.NewStr("..."), nil
		}
		defer pyutil.ReprLeave(th, a[0])
		var b strings.Builder
		b.WriteString(a[0].Type().Name + "(")
		for i, f := range fields {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := pyutil.ReprStr(th, items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(f + "=" + s)
		}
		b.WriteString(")")
		return py.NewStr(b.String()), nil
	})
	c.Method("_asdict", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d := py.NewDict()
		items := itemsOf(a[0])
		for i, f := range fields {
			d.SetStr(py.NewStr(f), items[i])
		}
		return d, nil
	})
	c.Method("__getnewargs__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.NewTuple(append([]py.Object(nil), itemsOf(a[0])...)), nil
	})
	for i, f := range fields {
		c.Set(f, &tupleGetter{index: i, doc: py.NewStr("Alias for field number " + strconv.Itoa(i))})
	}
	c.Set("__qualname__", py.NewStr(typename))
	cls, err := c.Build(th, nil, module, py.TupleType)
	if err != nil {
		return nil, err
	}
	return cls, nil
}
