//go:build !(aix || android || darwin || dragonfly || freebsd || illumos || ios || linux || netbsd || openbsd || solaris)

package py

// catchSIGPIPE: no SIGPIPE outside Unix.
func catchSIGPIPE() {}

// addressSpaceLimit: unknown outside Unix.
func addressSpaceLimit() int64 { return 0 }
