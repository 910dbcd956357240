package py

import "strings"

// Bind matches positional and keyword arguments to the signature's slots,
// filling defaults, collecting *args and **kwargs, and reporting CPython's
// TypeError messages for every mismatch.
func (s *Signature) Bind(th *Thread, args []Object, kw *KwArgs) ([]Object, error) {
	slots := make([]Object, s.NSlots())
	// Positional arguments.
	n := len(args)
	if n > s.NPos {
		if !s.HasVarArgs {
			return nil, s.tooManyPositional(n, kw)
		}
		n = s.NPos
	}
	copy(slots, args[:n])
	next := s.NPos
	if s.HasVarArgs {
		slots[next] = NewTuple(append([]Object(nil), args[n:]...))
		next++
	}
	kwOnlyStart := next
	var extra *Dict
	if s.HasKwArgs {
		extra = NewDict()
		slots[len(slots)-1] = extra
	}
	// Keyword arguments.
	var posOnlyAsKw []string
	for i := 0; i < kw.Len(); i++ {
		name := kw.Names[i].String()
		idx := s.slotOf(name, kwOnlyStart)
		if idx < 0 || idx < s.NPosOnly {
			if extra != nil {
				if err := extra.SetItem(th, kw.Names[i], kw.Values[i]); err != nil {
					return nil, err
				}
				continue
			}
			if idx >= 0 {
				posOnlyAsKw = append(posOnlyAsKw, name)
				continue
			}
			return nil, NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.Name, name)
		}
		if slots[idx] != nil {
			return nil, NewError(TypeErrorType, "%s() got multiple values for argument '%s'", s.Name, name)
		}
		slots[idx] = kw.Values[i]
	}
	if len(posOnlyAsKw) > 0 {
		return nil, NewError(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
			s.Name, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults and missing arguments.
	firstDefault := s.NPos - len(s.Defaults)
	var missing []string
	for i := 0; i < s.NPos; i++ {
		if slots[i] == nil {
			if i >= firstDefault {
				slots[i] = s.Defaults[i-firstDefault]
			} else {
				missing = append(missing, s.Names[i])
			}
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(s.Name, "positional", missing)
	}
	for i := 0; i < s.NKwOnly; i++ {
		j := kwOnlyStart + i
		if slots[j] == nil {
			if i < len(s.KwDefaults) && s.KwDefaults[i] != nil {
				slots[j] = s.KwDefaults[i]
			} else {
				missing = append(missing, s.Names[j])
			}
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(s.Name, "keyword-only", missing)
	}
	return slots, nil
}

// slotOf returns the slot index of a parameter that may be passed by
// keyword, or -1.
func (s *Signature) slotOf(name string, kwOnlyStart int) int {
	for i := 0; i < s.NPos; i++ {
		if s.Names[i] == name {
			return i
		}
	}
	for i := 0; i < s.NKwOnly; i++ {
		if s.Names[kwOnlyStart+i] == name {
			return kwOnlyStart + i
		}
	}
	return -1
}

func (s *Signature) tooManyPositional(given int, kw *KwArgs) error {
	takes := ""
	min := s.NPos - len(s.Defaults)
	if len(s.Defaults) > 0 {
		takes = "from " + itoa(min) + " to " + itoa(s.NPos)
	} else {
		takes = itoa(s.NPos)
	}
	plural := "s"
	if s.NPos == 1 && len(s.Defaults) == 0 {
		plural = ""
	}
	kwGiven := 0
	for i := 0; i < kw.Len(); i++ {
		if idx := s.slotOf(kw.Names[i].String(), s.NPos); idx >= s.NPos {
			kwGiven++
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		kwPlural := "s"
		if kwGiven == 1 {
			kwPlural = ""
		}
		return NewError(TypeErrorType, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			s.Name, takes, plural, given, pluralS(given), kwGiven, kwPlural)
	}
	return NewError(TypeErrorType, "%s() takes %s positional argument%s but %d %s given", s.Name, takes, plural, given, was)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// missingArgs formats CPython's "missing 2 required positional arguments:
// 'a' and 'b'" message.
func missingArgs(fn, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return NewError(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn, len(names), kind, pluralS(len(names)), list)
}
