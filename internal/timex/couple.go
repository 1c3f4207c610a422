package timex

// coupleUnit reports whether "couple" between prev and next counts two
// units without "of": "the next couple weeks", "the past couple years",
// as American news writes it. Only after a word that counts from now,
// and only before a plural unit, so "a couple days" stays with "a".
func coupleUnit(prev, next string) bool {
	switch prev {
	case "next", "past", "last", "coming", "previous", "first", "few":
	default:
		return false
	}
	u, ok := units[next]
	return ok && u.plural
}

// abbrInDayList reports whether the weekday abbreviation at j follows
// or precedes another weekday in a list ("Mon or Tue", "Friday and Sat"),
// where it can only be a day.
func (p *parser) abbrInDayList(j int) bool {
	day := func(k int) bool {
		if _, ok := weekdays[p.lw(k)]; ok {
			return true
		}
		return weekdayAbbr[p.lw(k)] > 0 && p.isCap(k)
	}
	conj := func(k int) bool {
		switch p.lw(k) {
		case "or", "and", ",", "&":
			return true
		}
		return false
	}
	// "Sun" and "Sat" are also a newspaper and a verb: two of them vouch
	// for each other only beside a weekday written out ("The Sun and Sat
	// magazine" is no list of days; "Sat and Sunday" is).
	ambiguous := func(k int) bool { w := p.lw(k); return w == "sun" || w == "sat" }
	full := func(k int) bool { _, ok := weekdays[p.lw(k)]; return ok }
	ok := func(k int) bool { return day(k) && (full(k) || !ambiguous(j) && !ambiguous(k)) }
	return conj(j-1) && ok(j-2) || conj(j+1) && ok(j+2)
}
