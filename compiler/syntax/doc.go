// Package syntax is Pygo's front end for Python 3.11: a scanner and a
// recursive-descent parser producing CPython's own AST.
//
// # Use
//
//	mod, err := syntax.Parse("x.py", src) // err is a *SyntaxError
//	fmt.Println(syntax.Dump(mod))         // == ast.dump(ast.parse(src), include_attributes=True)
//
// The node types (ast_gen.go, generated from CPython's ast module by
// gen_ast.py) mirror CPython's classes field for field, and every position
// (lineno, col_offset, end_lineno, end_col_offset; columns in UTF-8 bytes) is
// the one CPython 3.11 records, so CPython is a byte-for-byte oracle:
// TestStdlibDiff parses the whole installed standard library and compares
// Dump with ast.dump for every file.
//
// # Pipeline
//
//  1. decodeSource (parse.go) strips a UTF-8 BOM, applies a PEP 263 coding
//     declaration (utf-8, latin-1, ascii, cp1252, koi8-r) and turns \r\n and
//     \r into \n. As in CPython, UTF-8 is checked where text is decoded
//     (identifiers, string literals), so comments may hold any bytes.
//  2. The scanner (scan.go) tokenizes the whole file up front, with
//     CPython's indentation rules (tabs to multiples of 8, TabError when the
//     tabs-as-1 column disagrees), bracket tracking and numeric-literal
//     checks. A scanner error ends the token slice with a tokError token;
//     the parser raises it when it reaches that token, or instead of a
//     parse error found earlier, as CPython (which tokenizes the rest of the
//     file after a parse error) does.
//  3. The parser (parse.go, stmt.go, expr.go, pattern.go, targets.go) follows
//     Grammar/python.gram; each function carries the production it implements
//     in its comment. A node spans from the first to the last token of its
//     rule, so "(a) + b" starts at the parenthesis. Assignment targets are
//     parsed as expressions and then given Store/Del context (setCtx),
//     reporting CPython's "cannot assign to ..." messages.
//  4. String literals (strings.go) are decoded after parsing the tokens:
//     implicit concatenation, escapes (including \N{...}, from the Unicode 14
//     name table in unames.txt.gz), and f-strings, parsed as CPython 3.11
//     does: replacement fields are found by scanning the literal, and each
//     expression is parsed by a sub-parser over "(" + text + ")" whose
//     positions are shifted to the field's place in the file, with CPython's
//     quirks (a multi-line field's columns, the positions of format-spec
//     parts).
//
// # Errors
//
// Parse never panics. Syntax errors panic internally with a *SyntaxError and
// are recovered once in Parse, like starlark-go's parser. Messages, lines
// and offsets follow CPython 3.11 for the errors it reports while parsing:
// a generic "invalid syntax" points at the furthest token the parser looked
// at (CPython's last fetched token); the specific messages of CPython's
// second, error-reporting pass (the invalid_* rules: "Perhaps you forgot a
// comma?", "Maybe you meant '==' ...", "expected ':'", ...) are raised where
// those rules would match; tokenizer errors later in the file win over parse
// errors. testdata/bad_inputs.jsonl (checked by TestBadInputs) lists the
// cases that must match exactly; TestMutatedErrors measures agreement on
// thousands of machine-made invalid programs (about 97%: the rest depend on
// PEG backtracking details). Errors CPython reports later, from its symbol
// table or compiler ('return' outside function, nonlocal at module level,
// ...), belong to compiler/resolve. Nesting deeper than CPython can handle
// (it raises MemoryError or RecursionError) is reported as a SyntaxError.
//
// # Known differences
//
// Identifiers are NFKC-normalized one character at a time (CPython
// normalizes the whole identifier, which differs only for combining
// sequences). Source encodings other than those listed above are rejected
// with "unknown encoding". Some error messages that CPython's error pass
// finds through PEG backtracking differ (see TestMutatedErrors).
package syntax
