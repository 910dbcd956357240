// Package fastmath is a Go-native Python module for the interop test
// (stand-in runtime API; see ../standin/README.md).
package fastmath

import py "github.com/pygo-dev/pygo/runtime"

func init() {
	py.RegisterModule("fastmath", "<go fastmath>", func() error {
		py.Print("fastmath: Go module loaded")
		return nil
	})
}
