package jsonmod

import (
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/stdtest"
)

func TestDumpsLoadsMatchCPython(t *testing.T) {
	th := stdtest.Thread()
	m := stdtest.Mod(t, th, "json")
	dumps, loads := m("dumps"), m("loads")
	call := func(f py.Object, a py.Object, kw ...any) func() (py.Object, error) {
		return func() (py.Object, error) { return stdtest.Call(th, f, []py.Object{a}, kw...) }
	}
	d := py.NewDict()
	d.SetStr(py.NewStr("b"), stdtest.L(stdtest.I(1), stdtest.F(2.5), py.None))
	d.SetStr(py.NewStr("a"), stdtest.S("é\n"))
	stdtest.Run(t, th, "import json", []stdtest.Case{
		{Py: `json.dumps({'b': [1, 2.5, None], 'a': 'é\n'})`, Go: call(dumps, d)},
		{Py: `json.dumps({'b': [1, 2.5, None], 'a': 'é\n'}, indent=2, sort_keys=True)`, Go: call(dumps, d, "indent", stdtest.I(2), "sort_keys", py.True)},
		{Py: `json.loads('[1, {"x": "\\u00e9"}, 1e5]')`, Go: call(loads, stdtest.S(`[1, {"x": "\u00e9"}, 1e5]`))},
		{Py: `json.loads('[1, 2')`, Go: call(loads, stdtest.S(`[1, 2`))},
		{Py: `json.loads('{"a": 1} x')`, Go: call(loads, stdtest.S(`{"a": 1} x`))},
	})
}
