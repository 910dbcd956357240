package py

// Tracebacks.
//
// An exception records the Go call stack (program counters) when it is
// first raised (CaptureTraceback). Generated code carries //line
// directives, so runtime.CallersFrames reports Python file names and line
// numbers for the frames of generated functions; every other Go frame
// (the runtime, the standard library, Go-native modules) has a .go file
// and is dropped. A frame is a Python frame when its file is the File of
// a registered module (ModuleDef); it is named after the innermost
// ModuleDef.Funcs span containing its line ("<module>" outside every
// function) and its source line comes from ModuleDef.Source.
//
// When an except block catches the exception (MarkCaught), the frames
// above the catching function are cut off, as CPython's traceback only
// holds the frames the exception unwound through; a bare `raise` restores
// them (MarkReRaised).
//
// Not yet printed: the "^^^^" lines CPython 3.11 prints under the failing
// sub-expression. The Go stack gives lines, not columns, so we leave them
// out; once generated code can report columns (for example through a
// per-module table from PC ranges to column spans) they can be added here.

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
)

// CaptureTraceback records the Go call stack of the caller (skip frames
// above it) as the exception's traceback, unless it already has one.
func (e *BaseException) CaptureTraceback(skip int) {
	if e.Traceback != nil {
		return
	}
	pcs := make([]uintptr, 64)
	n := runtime.Callers(skip+2, pcs)
	for n == len(pcs) && len(pcs) < 1<<20 {
		// A deep stack (recursion): capture it all, so that the
		// "[Previous line repeated N more times]" count is right.
		pcs = make([]uintptr, len(pcs)*8)
		n = runtime.Callers(skip+2, pcs)
	}
	e.Traceback = pcs[:n:n]
	e.catchDepth = 0
}

// MarkCaught records that the function calling MarkCaught (skip more
// frames up) caught e in an except block: the traceback printed for e
// from then on ends at that function, as in CPython. runtime.Callers
// returns one PC per logical frame (inlined calls included), the same
// unit as the captured traceback, so the cut is a count of PCs.
func (e *BaseException) MarkCaught(skip int) {
	if len(e.Traceback) == 0 {
		return
	}
	var buf [64]uintptr
	pcs := buf[:]
	n := runtime.Callers(skip+2, pcs)
	for n == len(pcs) && len(pcs) < 1<<20 {
		pcs = make([]uintptr, len(pcs)*8)
		n = runtime.Callers(skip+2, pcs)
	}
	// The catching frame is pcs[0]; the frames below it are shared with
	// the captured traceback.
	e.catchDepth = n
}

// MarkReRaised undoes MarkCaught (a bare `raise` continues unwinding).
func (e *BaseException) MarkReRaised() { e.catchDepth = 0 }

// TracebackFrame is one Python frame of a traceback.
type TracebackFrame struct {
	File string
	Line int
	Name string // function name as CPython shows it ("f", "<module>", "<lambda>")
	Text string // the stripped source line ("" when unknown)
}

// modFileCache maps file names seen in Go frames to registered modules
// (nil: not a Python module file).
var modFileCache sync.Map

func moduleForFrameFile(file string) *ModuleDef {
	if v, ok := modFileCache.Load(file); ok {
		d, _ := v.(*ModuleDef)
		return d
	}
	var d *ModuleDef
	if strings.HasSuffix(file, ".py") {
		d = ModuleDefForFile(file)
		if d == nil {
			// //line directives with relative names may be reported
			// with a directory prefix added by the Go toolchain.
			registryMu.RLock()
			for _, m := range registry {
				if m.File != "" && (strings.HasSuffix(file, "/"+m.File) || strings.HasSuffix(m.File, "/"+file)) {
					d = m
					break
				}
			}
			registryMu.RUnlock()
		}
	}
	modFileCache.Store(file, d)
	return d
}

// funcNameAt names the frame at line in d: the innermost function span
// containing it, else "<module>".
//
// closure tells whether the Go function running the frame is a Go closure
// (the code generator compiles lambdas, comprehensions and nested defs to
// closures, and module bodies and top-level defs to named functions): a
// named function is never a lambda or comprehension, which matters when
// one sits on the same line as the code that calls it.
func funcNameAt(d *ModuleDef, line int, closure bool) string {
	name := "<module>"
	best := -1
	for _, s := range d.Funcs {
		if !closure && len(s.Name) > 0 && s.Name[0] == '<' && s.Name != "<module>" {
			continue
		}
		if s.Start <= line && line <= s.End && (best < 0 || s.End-s.Start <= best) {
			best = s.End - s.Start
			name = s.Name
		}
	}
	return name
}

// sourceLines caches each module's source split into lines.
var sourceLines sync.Map // *ModuleDef -> []string

func sourceLine(d *ModuleDef, line int) string {
	v, ok := sourceLines.Load(d)
	if !ok {
		v, _ = sourceLines.LoadOrStore(d, strings.Split(d.Source, "\n"))
	}
	lines := v.([]string)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// Frames returns the Python frames of e's traceback, outermost first.
func (e *BaseException) Frames() []TracebackFrame {
	pcs := e.Traceback
	if e.catchDepth > 0 {
		if keep := len(pcs) - e.catchDepth + 1; keep >= 1 && keep <= len(pcs) {
			pcs = pcs[:keep]
		}
	}
	if len(pcs) == 0 {
		return nil
	}
	var out []TracebackFrame
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if d := moduleForFrameFile(f.File); d != nil {
			fn := f.Function[strings.LastIndexByte(f.Function, '/')+1:]
			fr := TracebackFrame{File: d.File, Line: f.Line, Name: funcNameAt(d, f.Line, strings.Contains(fn, ".func"))}
			if d.Source != "" {
				fr.Text = sourceLine(d, f.Line)
			}
			out = append(out, fr)
		}
		if !more {
			break
		}
	}
	// Innermost first -> outermost first.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// recursiveCutoff is CPython's _RECURSIVE_CUTOFF: identical consecutive
// frames after the third are summarised.
const recursiveCutoff = 3

// tracebackLimit is CPython's default sys.tracebacklimit (only the last
// 1000 frames are printed).
const tracebackLimit = 1000

// FormatTraceback returns the "Traceback (most recent call last):" block
// for e ("" when e has no Python frames).
func FormatTraceback(e *BaseException) string {
	frames := e.Frames()
	if len(frames) == 0 {
		return ""
	}
	if len(frames) > tracebackLimit {
		frames = frames[len(frames)-tracebackLimit:]
	}
	var b strings.Builder
	b.WriteString("Traceback (most recent call last):\n")
	var last *TracebackFrame
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", n, pluralS(n))
		}
	}
	for i := range frames {
		f := &frames[i]
		if last == nil || last.File != f.File || last.Line != f.Line || last.Name != f.Name {
			flush()
			last, count = f, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Name)
		if f.Text != "" {
			fmt.Fprintf(&b, "    %s\n", f.Text)
		}
	}
	flush()
	return b.String()
}

// FormatExceptionOnly returns the last line of a traceback for e:
// "KeyError: 'x'", or just "ValueError" when str(e) is empty. Classes
// defined outside builtins and __main__ are qualified with their module
// ("mod.MyError: msg"), as CPython prints them.
func FormatExceptionOnly(th *Thread, e *BaseException) string {
	name := excQualifiedName(e.typ)
	s := excStrOrPlaceholder(th, e, "<exception str() failed>")
	if s == "" {
		return name
	}
	return name + ": " + s
}

func excQualifiedName(t *Type) string {
	q, mod := t.QualName, t.Module
	if q == "" {
		q = t.Name
	}
	if t.Flags&FlagHeapType != 0 && t.Dict != nil {
		// A class's __module__ lives in its dict and may be reassigned.
		if m, ok := t.Dict.GetStr(Intern("__module__")).(*Str); ok {
			mod = m.String()
		}
	}
	if mod != "builtins" && mod != "__main__" && mod != "" {
		return mod + "." + q
	}
	return q
}

// formatSyntaxErrorDetail returns the lines CPython prints before a
// SyntaxError's last line: File "x.py", line N / the source / the caret.
func formatSyntaxErrorDetail(e *BaseException) string {
	var b strings.Builder
	fn, _ := e.Attr("filename").(*Str)
	lineno, hasLine := e.Attr("lineno").(Int)
	if fn == nil && !hasLine {
		return ""
	}
	file := "<string>"
	if fn != nil {
		file = fn.String()
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", file, int64(lineno))
	if text, ok := e.Attr("text").(*Str); ok {
		line := strings.TrimRight(text.String(), "\n")
		trimmed := strings.TrimLeft(line, " \t\f")
		fmt.Fprintf(&b, "    %s\n", trimmed)
		if off, ok := e.Attr("offset").(Int); ok && off >= 1 {
			start := int(off) - 1 - (len(line) - len(trimmed))
			end := start + 1
			if eo, ok := e.Attr("end_offset").(Int); ok {
				if el, ok := e.Attr("end_lineno").(Int); !ok || el == lineno {
					end = int(eo) - 1 - (len(line) - len(trimmed))
				}
			}
			if start < 0 {
				start = 0
			}
			if end <= start {
				end = start + 1
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", end-start))
		}
	}
	return b.String()
}

// PrintException writes e's traceback as CPython's default excepthook
// does: the chain of causes and contexts first, then e's frames and its
// last line, then its notes.
func PrintException(th *Thread, w io.Writer, e *BaseException) {
	p := &excPrinter{th: contThread(th), seen: map[*BaseException]bool{}}
	p.format(e)
	io.WriteString(w, p.b.String())
}

// Limits of exception group printing (traceback.TracebackException's
// max_group_width and max_group_depth).
const (
	excGroupMaxWidth = 15
	excGroupMaxDepth = 10
)

// excPrinter formats exceptions as traceback.TracebackException.format
// does, including the boxed layout of exception groups.
type excPrinter struct {
	th        *Thread
	b         strings.Builder
	seen      map[*BaseException]bool
	depth     int // exception group nesting
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with every line indented for the current group depth
// and marked with margin ('|' by default).
func (p *excPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		p.b.WriteString(prefix)
		p.b.WriteString(line)
	}
}

// exceptionOnly is format_exception_only: the last line (with a
// SyntaxError's location lines before it) and the notes.
func (p *excPrinter) exceptionOnly(e *BaseException) string {
	var b strings.Builder
	if e.typ.IsSubtype(SyntaxErrorType) {
		b.WriteString(formatSyntaxErrorDetail(e))
		name := excQualifiedName(e.typ)
		msg := excStrOrPlaceholder(p.th, e.Attr("msg"), "<exception str() failed>")
		if e.Attr("msg") == None {
			msg = excStrOrPlaceholder(p.th, e, "<exception str() failed>")
		}
		if msg == "" {
			b.WriteString(name + "\n")
		} else {
			b.WriteString(name + ": " + msg + "\n")
		}
	} else {
		b.WriteString(FormatExceptionOnly(p.th, e))
		b.WriteByte('\n')
	}
	for _, n := range e.Notes(p.th) {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.String()
}

// groupMembers returns the sub-exceptions of an exception group (nil for
// other exceptions).
func groupMembers(e *BaseException) []*BaseException {
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return nil
	}
	t, ok := asTuple(e.Attr("exceptions"))
	if !ok {
		return nil
	}
	out := make([]*BaseException, 0, len(t.Items))
	for _, it := range t.Items {
		if x, ok := asException(it); ok {
			out = append(out, x)
		}
	}
	return out
}

func (p *excPrinter) format(e *BaseException) {
	// The chain, innermost cause first.
	type link struct {
		msg string
		e   *BaseException
	}
	var chain []link
	for x := e; x != nil; {
		p.seen[x] = true
		var msg string
		var next *BaseException
		if c := x.Cause; c != nil {
			msg, next = "\nThe above exception was the direct cause of the following exception:\n\n", c
		} else if c := x.Context; c != nil && !x.SuppressContext {
			msg, next = "\nDuring handling of the above exception, another exception occurred:\n\n", c
		}
		if next != nil && p.seen[next] {
			msg, next = "", nil
		}
		chain = append(chain, link{msg, x})
		x = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if i+1 < len(chain) && chain[i].msg != "" {
			p.emit(chain[i].msg, 0)
		}
		x := chain[i].e
		members := groupMembers(x)
		if members == nil {
			p.emit(FormatTraceback(x), 0)
			p.emit(p.exceptionOnly(x), 0)
			continue
		}
		if p.depth > excGroupMaxDepth {
			p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", excGroupMaxDepth), 0)
			continue
		}
		top := p.depth == 0
		if top {
			p.depth++
		}
		if tb := FormatTraceback(x); tb != "" {
			margin := byte(0)
			if top {
				margin = '+'
			}
			head, frames, _ := strings.Cut(tb, "\n")
			p.emit("Exception Group "+head+"\n", margin)
			p.emit(frames, 0)
		}
		p.emit(p.exceptionOnly(x), 0)
		n := len(members)
		if n > excGroupMaxWidth {
			n = excGroupMaxWidth + 1
		}
		p.needClose = false
		for j := 0; j < n; j++ {
			last := j == n-1
			if last {
				p.needClose = true
			}
			truncated := j >= excGroupMaxWidth
			title := fmt.Sprint(j + 1)
			if truncated {
				title = "..."
			}
			lead := "  "
			if j == 0 {
				lead = "+-"
			}
			p.b.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
			p.depth++
			if !truncated {
				p.format(members[j])
			} else {
				rest := len(members) - excGroupMaxWidth
				p.emit(fmt.Sprintf("and %d more exception%s\n", rest, pluralS(rest)), 0)
			}
			if last && p.needClose {
				p.b.WriteString(p.indent() + "+------------------------------------\n")
				p.needClose = false
			}
			p.depth--
		}
		if top {
			p.depth = 0
		}
	}
}
