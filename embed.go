// Package pygo holds the sources that the pygo command carries with it so
// that it can build programs on a machine that has only Go installed: the
// runtime, the standard library, the internal packages they use, and this
// module's go.mod and go.sum.
package pygo

import "embed"

// Sources is the embedded copy of the files a Pygo program is built
// against; cmd/pygo writes it once into its cache directory and points
// the program's go.mod at it with a replace directive.
//
//go:embed go.mod go.sum runtime stdlib internal
var Sources embed.FS
