package tempfilemod

import (
	"syscall"
	"time"
)

// timespec returns a file's access time.
func timespec(st *syscall.Stat_t) time.Time { return time.Unix(st.Atim.Sec, st.Atim.Nsec) }
