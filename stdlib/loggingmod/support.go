package loggingmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// _pygo_logging_support.caller(stacklevel) returns (pathname, lineno,
// funcName) of the Python frame that called into logging, found on the Go
// call stack (skipping the frames of the logging module itself).
func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_logging_support", Body: func(th *py.Thread, m *py.Module) error {
		m.Dict.SetStr(py.Intern("caller"), pyutil.Func("_pygo_logging_support", "caller", []string{"stacklevel"}, []py.Object{py.Int(1)},
			func(th *py.Thread, a []py.Object) (py.Object, error) {
				level, err := py.IndexInt(th, a[0])
				if err != nil {
					return nil, err
				}
				logFile := ""
				if def := py.LookupModuleDef("logging"); def != nil {
					logFile = def.File
				}
				frames := py.NewError(py.ExceptionType, "").Frames()
				for i := len(frames) - 1; i >= 0; i-- {
					f := frames[i]
					if f.File == logFile {
						continue
					}
					if level > 1 {
						level--
						continue
					}
					return py.NewTuple([]py.Object{py.NewStr(f.File), py.Int(f.Line), py.NewStr(f.Name)}), nil
				}
				return py.NewTuple([]py.Object{py.NewStr("(unknown file)"), py.Int(0), py.NewStr("(unknown function)")}), nil
			}))
		return nil
	}})
}
