// Package gostd registers a few packages of Go's standard library for
// Python's Go interop (see package gointerop): import it (blank) to make
// `from __go__.strings import ToUpper` and friends work.
//
//	__go__.strings   ToUpper, ToLower, Contains, Count,
//	                 Fields, HasPrefix, HasSuffix, Index, Join, Repeat,
//	                 Replace, ReplaceAll, Split, TrimSpace, Trim, EqualFold
//	__go__.strconv   Itoa, Atoi, ParseFloat, FormatFloat, Quote, ParseBool
//	__go__.math      Sqrt, Pow, Floor, Ceil, Abs, Max, Min, Inf, Pi, E
//	__go__.path      Base, Dir, Ext, Join, Clean, Match
//	__go__.encoding.hex     EncodeToString, DecodeString
package gostd

import (
	"encoding/hex"
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/pygo-dev/pygo/gointerop"
)

func init() {
	gointerop.RegisterPackage("strings", map[string]any{
		"ToUpper": strings.ToUpper, "ToLower": strings.ToLower, "Contains": strings.Contains,
		"Count": strings.Count, "Fields": strings.Fields, "HasPrefix": strings.HasPrefix,
		"HasSuffix": strings.HasSuffix, "Index": strings.Index, "Join": strings.Join,
		"Repeat": strings.Repeat, "Replace": strings.Replace, "ReplaceAll": strings.ReplaceAll,
		"Split": strings.Split, "TrimSpace": strings.TrimSpace, "Trim": strings.Trim,
		"EqualFold": strings.EqualFold,
	})
	gointerop.RegisterPackage("strconv", map[string]any{
		"Itoa": strconv.Itoa, "Atoi": strconv.Atoi, "ParseFloat": strconv.ParseFloat,
		"FormatFloat": strconv.FormatFloat, "Quote": strconv.Quote, "ParseBool": strconv.ParseBool,
	})
	gointerop.RegisterPackage("math", map[string]any{
		"Sqrt": math.Sqrt, "Pow": math.Pow, "Floor": math.Floor, "Ceil": math.Ceil,
		"Abs": math.Abs, "Max": math.Max, "Min": math.Min, "Inf": math.Inf,
		"Pi": math.Pi, "E": math.E,
	})
	gointerop.RegisterPackage("path", map[string]any{
		"Base": path.Base, "Dir": path.Dir, "Ext": path.Ext, "Join": path.Join,
		"Clean": path.Clean, "Match": path.Match,
	})
	gointerop.RegisterPackage("encoding/hex", map[string]any{
		"EncodeToString": hex.EncodeToString, "DecodeString": hex.DecodeString,
	})
}
