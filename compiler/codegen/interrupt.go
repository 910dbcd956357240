package codegen

// pollInterrupt emits the SIGINT check at the top of a loop iteration: a
// Python loop that calls no function never reaches th.Enter (where
// KeyboardInterrupt is normally raised), so loops poll, as CPython's eval
// loop does on backward jumps.
func (f *fn) pollInterrupt() {
	f.emit("if th.Interrupted() {")
	f.onErr("th.CheckInterrupt()")
	f.emit("}")
}
