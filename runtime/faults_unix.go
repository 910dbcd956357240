//go:build aix || android || darwin || dragonfly || freebsd || illumos || ios || linux || netbsd || openbsd || solaris

// The systems are spelled out rather than written as the "unix" build tag,
// which Gazelle v0.27 (the newest on Bazel 4.2.3) does not know: it leaves
// files with that tag out of the BUILD file.

package py

import (
	"os"
	"os/signal"
	"syscall"
)

// catchSIGPIPE makes a write to a closed pipe fail with EPIPE (raised as
// BrokenPipeError) instead of killing the process. Go kills a program that
// writes to a broken stdout or stderr unless SIGPIPE is being notified;
// unlike ignoring the signal, notifying it leaves child processes with the
// default disposition.
func catchSIGPIPE() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGPIPE)
	go func() {
		for range c {
		}
	}()
}

// addressSpaceLimit is RLIMIT_AS in bytes (0: none).
func addressSpaceLimit() int64 {
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &rl) == nil && rl.Cur > 0 && rl.Cur < 1<<62 {
		return int64(rl.Cur)
	}
	return 0
}
