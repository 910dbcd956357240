package py

// newBuiltinType creates a built-in type with single inheritance from base
// (nil only for object). Slots and methods are filled in by each type's
// init() function in its own file.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Flags: flags, Dict: NewDict()}
	t.MRO = []*Type{t}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append(t.MRO, base.MRO...)
		base.subs = append(base.subs, t)
	}
	t.Base = t
	registerBuiltinType(t)
	return t
}

// The built-in types. Each type's slots and methods are installed by the
// init function of the file that implements it.
var (
	ObjectType     = newBuiltinType("object", nil, FlagBaseType)
	TypeType       = newBuiltinType("type", ObjectType, FlagBaseType|FlagHasDict)
	IntType        = newBuiltinType("int", ObjectType, FlagBaseType)
	BoolType       = newBuiltinType("bool", IntType, 0)
	FloatType      = newBuiltinType("float", ObjectType, FlagBaseType)
	ComplexType    = newBuiltinType("complex", ObjectType, FlagBaseType)
	StrType        = newBuiltinType("str", ObjectType, FlagBaseType)
	BytesType      = newBuiltinType("bytes", ObjectType, FlagBaseType)
	ByteArrayType  = newBuiltinType("bytearray", ObjectType, FlagBaseType)
	ListType       = newBuiltinType("list", ObjectType, FlagBaseType)
	TupleType      = newBuiltinType("tuple", ObjectType, FlagBaseType)
	DictType       = newBuiltinType("dict", ObjectType, FlagBaseType)
	SetType        = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType  = newBuiltinType("frozenset", ObjectType, FlagBaseType)
	RangeType      = newBuiltinType("range", ObjectType, 0)
	SliceType      = newBuiltinType("slice", ObjectType, 0)
	MemoryViewType = newBuiltinType("memoryview", ObjectType, 0)

	NoneTypeType           = newBuiltinType("NoneType", ObjectType, 0)
	NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisTypeType       = newBuiltinType("ellipsis", ObjectType, 0)

	FunctionType        = newBuiltinType("function", ObjectType, 0)
	BuiltinFunctionType = newBuiltinType("builtin_function_or_method", ObjectType, 0)
	MethodType          = newBuiltinType("method", ObjectType, 0)
	ModuleType          = newBuiltinType("module", ObjectType, FlagBaseType|FlagHasDict)
	PropertyType        = newBuiltinType("property", ObjectType, FlagBaseType)
	ClassMethodType     = newBuiltinType("classmethod", ObjectType, FlagBaseType)
	StaticMethodType    = newBuiltinType("staticmethod", ObjectType, FlagBaseType)
	SuperType           = newBuiltinType("super", ObjectType, FlagBaseType)
	GeneratorType       = newBuiltinType("generator", ObjectType, 0)
	CoroutineType       = newBuiltinType("coroutine", ObjectType, 0)
	AsyncGeneratorType  = newBuiltinType("async_generator", ObjectType, 0)
	CellType            = newBuiltinType("cell", ObjectType, 0)
)
