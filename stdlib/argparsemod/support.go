package argparsemod

import (
	"os"
	"strconv"
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_argparse", Doc: "Go helpers of Pygo's argparse.", Body: func(th *py.Thread, m *py.Module) error {
		mod := modutil.New(m)
		// columns() is shutil.get_terminal_size().columns when standard
		// output is not a terminal: $COLUMNS if set and positive, else 80.
		mod.Func("columns", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := modutil.Exactly("columns", args, kw, 0); err != nil {
				return nil, err
			}
			if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
				return py.Int(n), nil
			}
			return py.Int(80), nil
		})
		// basename(path) is os.path.basename.
		mod.Func("basename", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := modutil.Exactly("basename", args, kw, 1); err != nil {
				return nil, err
			}
			s, ok := modutil.Str(args[0])
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "expected str, not %s", args[0].Type().Name)
			}
			return py.NewStr(s[strings.LastIndexByte(s, '/')+1:]), nil
		})
		return nil
	}})
}
