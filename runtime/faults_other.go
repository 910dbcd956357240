//go:build !unix

package py

// catchSIGPIPE: no SIGPIPE outside Unix.
func catchSIGPIPE() {}

// addressSpaceLimit: unknown outside Unix.
func addressSpaceLimit() int64 { return 0 }
