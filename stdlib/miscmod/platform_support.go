package miscmod

import (
	"runtime"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_platform", Doc: "Go helpers of Pygo's platform.", Body: func(th *py.Thread, m *py.Module) error {
		mod := modutil.New(m)
		// uname() -> (system, node, release, version, machine), from uname(2).
		mod.Func("uname", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			var u syscall.Utsname
			if err := syscall.Uname(&u); err != nil {
				return nil, py.AsException(err)
			}
			field := func(b [65]int8) py.Object {
				s := make([]byte, 0, len(b))
				for _, c := range b {
					if c == 0 {
						break
					}
					s = append(s, byte(c))
				}
				return py.NewStr(string(s))
			}
			return py.NewTuple([]py.Object{field(u.Sysname), field(u.Nodename), field(u.Release), field(u.Version), field(u.Machine)}), nil
		})
		mod.Set("goarch", py.NewStr(runtime.GOARCH))
		mod.Set("goversion", py.NewStr(runtime.Version()))
		return nil
	}})
}
