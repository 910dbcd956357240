package py

// Exception classes (the full hierarchy is built by the exceptions work).
var (
	BaseExceptionType  = newBuiltinType("BaseException", ObjectType, FlagBaseType|FlagHasDict)
	ExceptionType      = newBuiltinType("Exception", BaseExceptionType, FlagBaseType|FlagHasDict)
	TypeErrorType      = newBuiltinType("TypeError", ExceptionType, FlagBaseType|FlagHasDict)
	RuntimeErrorType   = newBuiltinType("RuntimeError", ExceptionType, FlagBaseType|FlagHasDict)
	RecursionErrorType = newBuiltinType("RecursionError", RuntimeErrorType, FlagBaseType|FlagHasDict)
)
