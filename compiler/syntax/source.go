package syntax

// DecodeSource returns the text of a Python source file as the parser sees
// it: a UTF-8 BOM removed, a PEP 263 coding declaration applied and \r\n
// and \r newlines turned into \n. Line numbers and columns of the parsed
// tree refer to this text, so code that quotes source lines (generated
// comments, tracebacks) should use it rather than the raw bytes. The
// result may still hold invalid UTF-8 in comments; the error is the
// SyntaxError Parse reports for undecodable input.
func DecodeSource(filename string, src []byte) ([]byte, error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	return text, nil
}
