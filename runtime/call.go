package py

// Calls with *args and **kwargs.

// CallEx implements fn(*args, *star, **kw, **starstar): args are the
// positional arguments so far, star an iterable appended to them (nil if
// none), kw the explicit keyword arguments and starstar a mapping of
// further keyword arguments (nil if none).
func CallEx(th *Thread, fn Object, args []Object, star Object, kw *KwArgs, starstar Object) (Object, error) {
	if star != nil {
		t := star.Type()
		if t.Slots.Iter == nil && t.Slots.GetItem == nil {
			return nil, NewError(TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(th, fn), t.Name)
		}
		all := append([]Object(nil), args...)
		items, err := collect(th, star)
		if err != nil {
			return nil, err
		}
		args = append(all, items...)
	}
	if starstar != nil {
		merged := &KwArgs{}
		if kw != nil {
			merged.Names = append(merged.Names, kw.Names...)
			merged.Values = append(merged.Values, kw.Values...)
		}
		var keys, vals []Object
		if d, ok := Unwrap(starstar).(*Dict); ok {
			keys, vals = d.Items()
		} else {
			km, err := GetAttrOpt(th, starstar, cnNameKeys)
			if err != nil {
				return nil, err
			}
			if km == nil {
				return nil, NewError(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcStr(th, fn), starstar.Type().Name)
			}
			ko, err := Call0(th, km)
			if err != nil {
				return nil, err
			}
			if keys, err = Collect(th, ko); err != nil {
				return nil, err
			}
			for _, k := range keys {
				v, err := GetItem(th, starstar, k)
				if err != nil {
					return nil, err
				}
				vals = append(vals, v)
			}
		}
		for i, k := range keys {
			s, ok := k.(*Str)
			if !ok {
				return nil, NewError(TypeErrorType, "keywords must be strings")
			}
			for _, n := range merged.Names {
				if n.String() == s.String() {
					return nil, NewError(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcStr(th, fn), s.String())
				}
			}
			merged.Names = append(merged.Names, s)
			merged.Values = append(merged.Values, vals[i])
		}
		kw = merged
	}
	return Call(th, fn, args, kw)
}

// CallKw calls fn(*args, **kw) with keyword arguments given as a dict of
// str keys (used by Go code that builds calls).
func CallKw(th *Thread, fn Object, args []Object, kw *Dict) (Object, error) {
	if kw == nil || kw.Len() == 0 {
		return Call(th, fn, args, nil)
	}
	return CallEx(th, fn, args, nil, nil, kw)
}
