package pystr

import "unicode"

// IsPrintable reports whether Python 3.11's str.isprintable() is true for the
// one-character string chr(r): every code point is printable except those in
// the Unicode categories Cc, Cf, Cs, Co, Cn (unassigned), Zl, Zp and Zs, with
// the single exception of the ASCII space, which is printable.
//
// Go's unicode tables are used for the categories. Python 3.11 uses Unicode
// 14.0 while Go uses a newer version, so code points first assigned after 14.0
// are listed in unicodeNewer and treated as unassigned (not printable).
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	if r < 0xa0 {
		return false
	}
	if r > unicode.MaxRune {
		return false
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	if !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S) {
		return false // unassigned (Cn)
	}
	return !inNewer(r)
}

// unicodeNewer lists the code points assigned in Unicode 15.0 (Go's tables) but
// unassigned in Unicode 14.0 (Python 3.11's), as inclusive ranges.
// TestIsPrintable checks every code point against python3 when it is available.
var unicodeNewer = [...][2]rune{
	{0x0CF3, 0x0CF3}, {0x0ECE, 0x0ECE}, {0x10EFD, 0x10EFF}, {0x1123F, 0x11241},
	{0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59},
	{0x1342F, 0x1342F}, {0x13440, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155},
	{0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F},
	{0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F},
	{0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF},
	{0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB},
	{0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},
}

func inNewer(r rune) bool {
	lo, hi := 0, len(unicodeNewer)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < unicodeNewer[m][0]:
			hi = m
		case r > unicodeNewer[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
