package py

// Helpers for the core's tests: Python functions and classes built from Go
// closures, and a CPython oracle for expected values and messages.

import (
	"os/exec"
	"strings"
	"testing"
)

// coreFn makes a Python function with positional parameters.
func coreFn(name string, params []string, body func(th *Thread, a []Object) (Object, error)) *Function {
	f := NewFunction(&Function{Name: name, QualName: name, Module: "__main__",
		Sig: &Signature{Names: params, NPos: len(params)}, Body: body})
	switch len(params) {
	case 1:
		f.Fast1 = func(th *Thread, a Object) (Object, error) { return body(th, []Object{a}) }
	case 2:
		f.Fast2 = func(th *Thread, a, b Object) (Object, error) { return body(th, []Object{a, b}) }
	}
	return f
}

// coreClass runs a class statement whose body stores ns.
func coreClass(t *testing.T, th *Thread, name string, bases []Object, kw *KwArgs, ns map[string]Object) *Type {
	t.Helper()
	c, err := coreClassErr(th, name, bases, kw, ns)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c.(*Type)
}

func coreClassErr(th *Thread, name string, bases []Object, kw *KwArgs, ns map[string]Object) (Object, error) {
	return MakeClass(th, name, name, "__main__", bases, kw, func(th *Thread, d *Dict) error {
		for k, v := range ns {
			if f, ok := v.(*Function); ok {
				f.QualName = name + "." + f.Name
				f.Sig.Name = f.QualName
			}
			d.SetStr(NewStr(k), v)
		}
		return nil
	})
}

// coreErrText is "Type: message" of an error.
func coreErrText(err error) string {
	if err == nil {
		return "<no error>"
	}
	e := AsException(err)
	msg := ""
	if e.Args != nil && len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			msg = s.String()
		}
	}
	return e.Type().Name + ": " + msg
}

// corePython runs a Python program and returns its stdout lines.
func corePython(t *testing.T, src string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	out, err := exec.Command("python3", "-c", src).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
}

// corePyErrors returns "Type: message" for each statement run by python3.
func corePyErrors(t *testing.T, setup string, stmts []string) []string {
	t.Helper()
	var sb strings.Builder
	sb.WriteString(setup + "\n")
	for _, s := range stmts {
		sb.WriteString("try:\n")
		for _, l := range strings.Split(s, "\n") {
			sb.WriteString("    " + l + "\n")
		}
		sb.WriteString("    print('<no error>')\nexcept BaseException as e:\n    print(type(e).__name__ + ': ' + str(e).replace('\\n', '\\\\n'))\n")
	}
	return corePython(t, sb.String())
}

func coreStr(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	s, err := StrOf(th, o)
	if err != nil {
		t.Fatalf("str: %v", err)
	}
	return s.String()
}
