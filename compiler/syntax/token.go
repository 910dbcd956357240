package syntax

// tokKind is the kind of a token produced by the scanner. Hard keywords
// have their own kinds; soft keywords (match, case, _) are tokName.
type tokKind uint8

const (
	tokEOF   tokKind = iota
	tokError         // a scanner error; the parser reports it when it gets there
	tokNewline
	tokIndent
	tokDedent
	tokName
	tokNumber
	tokString

	// Operators and delimiters.
	tokLpar      // (
	tokRpar      // )
	tokLsqb      // [
	tokRsqb      // ]
	tokLbrace    // {
	tokRbrace    // }
	tokColon     // :
	tokComma     // ,
	tokSemi      // ;
	tokPlus      // +
	tokMinus     // -
	tokStar      // *
	tokSlash     // /
	tokVbar      // |
	tokAmper     // &
	tokLess      // <
	tokGreater   // >
	tokEqual     // =
	tokDot       // .
	tokPercent   // %
	tokEqEqual   // ==
	tokNotEqual  // !=
	tokLessEq    // <=
	tokGreaterEq // >=
	tokTilde     // ~
	tokCircumflex
	tokLshift       // <<
	tokRshift       // >>
	tokDoubleStar   // **
	tokPlusEq       // +=
	tokMinusEq      // -=
	tokStarEq       // *=
	tokSlashEq      // /=
	tokPercentEq    // %=
	tokAmperEq      // &=
	tokVbarEq       // |=
	tokCircumflexEq // ^=
	tokLshiftEq     // <<=
	tokRshiftEq     // >>=
	tokDoubleStarEq // **=
	tokDoubleSlash  // //
	tokDoubleSlashEq
	tokAt       // @
	tokAtEq     // @=
	tokRarrow   // ->
	tokEllipsis // ...
	tokColonEq  // :=
	tokBang     // ! (only valid inside f-string replacement fields)

	// Hard keywords.
	tokFalse
	tokNone
	tokTrue
	tokAnd
	tokAs
	tokAssert
	tokAsync
	tokAwait
	tokBreak
	tokClass
	tokContinue
	tokDef
	tokDel
	tokElif
	tokElse
	tokExcept
	tokFinally
	tokFor
	tokFrom
	tokGlobal
	tokIf
	tokImport
	tokIn
	tokIs
	tokLambda
	tokNonlocal
	tokNot
	tokOr
	tokPass
	tokRaise
	tokReturn
	tokTry
	tokWhile
	tokWith
	tokYield

	numTokKinds
)

// keywordKind returns the kind of a hard keyword, or tokName.
func keywordKind(b []byte) tokKind {
	switch string(b) {
	case "False":
		return tokFalse
	case "None":
		return tokNone
	case "True":
		return tokTrue
	case "and":
		return tokAnd
	case "as":
		return tokAs
	case "assert":
		return tokAssert
	case "async":
		return tokAsync
	case "await":
		return tokAwait
	case "break":
		return tokBreak
	case "class":
		return tokClass
	case "continue":
		return tokContinue
	case "def":
		return tokDef
	case "del":
		return tokDel
	case "elif":
		return tokElif
	case "else":
		return tokElse
	case "except":
		return tokExcept
	case "finally":
		return tokFinally
	case "for":
		return tokFor
	case "from":
		return tokFrom
	case "global":
		return tokGlobal
	case "if":
		return tokIf
	case "import":
		return tokImport
	case "in":
		return tokIn
	case "is":
		return tokIs
	case "lambda":
		return tokLambda
	case "nonlocal":
		return tokNonlocal
	case "not":
		return tokNot
	case "or":
		return tokOr
	case "pass":
		return tokPass
	case "raise":
		return tokRaise
	case "return":
		return tokReturn
	case "try":
		return tokTry
	case "while":
		return tokWhile
	case "with":
		return tokWith
	case "yield":
		return tokYield
	}
	return tokName
}

// isKeyword reports whether k is a hard keyword.
func (k tokKind) isKeyword() bool { return k >= tokFalse && k <= tokYield }

// augOps maps augmented-assignment tokens to their operator.
var augOps = map[tokKind]Operator{
	tokPlusEq: Add, tokMinusEq: Sub, tokStarEq: Mult, tokAtEq: MatMult, tokSlashEq: Div,
	tokPercentEq: Mod, tokAmperEq: BitAnd, tokVbarEq: BitOr, tokCircumflexEq: BitXor,
	tokLshiftEq: LShift, tokRshiftEq: RShift, tokDoubleStarEq: Pow, tokDoubleSlashEq: FloorDiv,
}

// token is one lexical token. Positions are as CPython's tokenizer gives
// them: 1-based lines, 0-based byte columns; start/end index the source.
type token struct {
	kind        tokKind
	start, end  int32
	line, col   int32
	eline, ecol int32
}
