package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// unamesGz holds the Unicode 14.0 character names (see gen_unames.py).
//
//go:embed unames.txt.gz
var unamesGz []byte

type nameRange struct {
	lo, hi rune
	prefix string
}

var (
	unamesOnce   sync.Once
	unamesMap    map[string]rune
	unamesRanges []nameRange
)

func loadUnames() {
	unamesMap = make(map[string]rune, 50000)
	zr, err := gzip.NewReader(bytes.NewReader(unamesGz))
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "R ") {
			f := strings.SplitN(line, " ", 4)
			lo, _ := strconv.ParseUint(f[1], 16, 32)
			hi, _ := strconv.ParseUint(f[2], 16, 32)
			unamesRanges = append(unamesRanges, nameRange{rune(lo), rune(hi), f[3]})
			continue
		}
		sp := strings.IndexByte(line, ' ')
		v, _ := strconv.ParseUint(line[:sp], 16, 32)
		unamesMap[line[sp+1:]] = rune(v)
	}
}

// lookupUnicodeName resolves the name of a \N{...} escape (case-insensitive,
// as CPython's unicodedata lookup).
func lookupUnicodeName(name string) (rune, bool) {
	unamesOnce.Do(loadUnames)
	name = strings.ToUpper(name)
	if r, ok := unamesMap[name]; ok {
		return r, true
	}
	for _, rg := range unamesRanges {
		if strings.HasPrefix(name, rg.prefix) {
			hex := name[len(rg.prefix):]
			if len(hex) < 4 || len(hex) > 5 {
				continue
			}
			v, err := strconv.ParseUint(hex, 16, 32)
			if err == nil && rune(v) >= rg.lo && rune(v) <= rg.hi {
				return rune(v), true
			}
		}
	}
	return 0, false
}
