package py

// The built-in exception classes of CPython 3.11, with the same
// hierarchy. Every class is a Go variable named after it (ValueErrorType);
// instances of all of them, and of user subclasses, are *BaseException.

func newExcType(name string, base *Type) *Type {
	return newBuiltinType(name, base, FlagBaseType|FlagHasDict)
}

// The exception hierarchy.
var (
	BaseExceptionType      = newExcType("BaseException", ObjectType)
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType      = newExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType  = newExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType         = newExcType("SystemExit", BaseExceptionType)
	ExceptionType          = newExcType("Exception", BaseExceptionType)

	ArithmeticErrorType     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcType("AssertionError", ExceptionType)
	AttributeErrorType      = newExcType("AttributeError", ExceptionType)
	BufferErrorType         = newExcType("BufferError", ExceptionType)
	EOFErrorType            = newExcType("EOFError", ExceptionType)
	ExceptionGroupType      = newExcGroupType()
	ImportErrorType         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcType("LookupError", ExceptionType)
	IndexErrorType          = newExcType("IndexError", LookupErrorType)
	KeyErrorType            = newExcType("KeyError", LookupErrorType)
	MemoryErrorType         = newExcType("MemoryError", ExceptionType)
	NameErrorType           = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcType("UnboundLocalError", NameErrorType)

	OSErrorType                = newExcType("OSError", ExceptionType)
	BlockingIOErrorType        = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType      = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType        = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType        = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType        = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType      = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType       = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType      = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType     = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType        = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType     = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType           = newExcType("TimeoutError", OSErrorType)

	ReferenceErrorType        = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType          = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType   = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType        = newExcType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType    = newExcType("StopAsyncIteration", ExceptionType)
	StopIterationType         = newExcType("StopIteration", ExceptionType)
	SyntaxErrorType           = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType      = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType              = newExcType("TabError", IndentationErrorType)
	SystemErrorType           = newExcType("SystemError", ExceptionType)
	TypeErrorType             = newExcType("TypeError", ExceptionType)
	ValueErrorType            = newExcType("ValueError", ExceptionType)
	UnicodeErrorType          = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType    = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType    = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType = newExcType("UnicodeTranslateError", UnicodeErrorType)

	WarningType                   = newExcType("Warning", ExceptionType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	DeprecationWarningType        = newExcType("DeprecationWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	RuntimeWarningType            = newExcType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	UserWarningType               = newExcType("UserWarning", WarningType)
)

// newExcGroupType builds ExceptionGroup(BaseExceptionGroup, Exception),
// the one built-in exception with two bases.
func newExcGroupType() *Type {
	t := &Type{Name: "ExceptionGroup", QualName: "ExceptionGroup", Module: "builtins",
		Flags: FlagBaseType | FlagHasDict, Dict: NewDict()}
	t.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	t.MRO = []*Type{t, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	t.Base = t
	BaseExceptionGroupType.subs = append(BaseExceptionGroupType.subs, t)
	ExceptionType.subs = append(ExceptionType.subs, t)
	return t
}

// excBuiltins lists the exception classes in the order builtins shows
// them, for registration.
var excBuiltins = []*Type{
	BaseExceptionType, BaseExceptionGroupType, GeneratorExitType, KeyboardInterruptType, SystemExitType,
	ExceptionType, ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType,
	AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType, ExceptionGroupType,
	ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType,
	MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType, BlockingIOErrorType,
	ChildProcessErrorType, ConnectionErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType,
	ConnectionRefusedErrorType, ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType,
	InterruptedErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
	ProcessLookupErrorType, TimeoutErrorType, ReferenceErrorType, RuntimeErrorType,
	NotImplementedErrorType, RecursionErrorType, StopAsyncIterationType, StopIterationType,
	SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType, TypeErrorType, ValueErrorType,
	UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType,
	WarningType, BytesWarningType, DeprecationWarningType, EncodingWarningType, FutureWarningType,
	ImportWarningType, PendingDeprecationWarningType, ResourceWarningType, RuntimeWarningType,
	SyntaxWarningType, UnicodeWarningType, UserWarningType,
}

// errnoTypes maps errno values to the OSError subclass OSError(errno, ...)
// creates (Linux numbering, as CPython's errnomap).
var errnoTypes = map[int64]*Type{
	11:  BlockingIOErrorType, // EAGAIN / EWOULDBLOCK
	114: BlockingIOErrorType, // EALREADY
	115: BlockingIOErrorType, // EINPROGRESS
	10:  ChildProcessErrorType,
	32:  BrokenPipeErrorType,
	108: BrokenPipeErrorType, // ESHUTDOWN
	103: ConnectionAbortedErrorType,
	111: ConnectionRefusedErrorType,
	104: ConnectionResetErrorType,
	17:  FileExistsErrorType,
	2:   FileNotFoundErrorType,
	21:  IsADirectoryErrorType,
	20:  NotADirectoryErrorType,
	4:   InterruptedErrorType,
	13:  PermissionErrorType,
	1:   PermissionErrorType,
	3:   ProcessLookupErrorType,
	110: TimeoutErrorType,
}
