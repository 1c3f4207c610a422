package timex

// Clock times written to the second right after a date, as timestamps in
// press releases, court filings and data notes write them: "2015-03-28
// 17:00:00", "March 28, 2015 17:00:00", "Monday 17:00:30". Elsewhere a
// number with seconds is a race time ("finished in 2:03:59") and needs
// am/pm, a zone or "at" to be a clock time.

// hmsToken reports whether w is a 24-hour clock time with seconds,
// "17:00:00", "7:56:30".
func hmsToken(w string) bool {
	k := len(w) - 3
	if k < 4 || w[k] != ':' || !allDigits(w[k+1:]) || w[k+1] > '5' {
		return false
	}
	h, _, colon, ok := parseHM(w[:k])
	return ok && colon && h <= 24
}

// afterDate reports whether the token before i ends a date a timestamp's
// clock may follow: the year of a full date ("March 28, 2015", "28 March
// 2015"; a year alone, "in 2015 2:03:59", is not), an ISO date or a
// weekday.
func (p *parser) afterDate(i int) bool {
	b := p.lw(i - 1)
	if _, ok := weekdays[b]; ok {
		return true
	}
	if len(b) == 4 && allDigits(b) && b[0] >= '1' && b[0] <= '2' {
		bb := p.lw(i - 2)
		_, isMonth := months[bb]
		_, isDay := dayOf(bb)
		return bb == "," || isMonth || isDay
	}
	return len(b) == 10 && b[4] == '-' && b[7] == '-' && allDigits(b[:4]) && allDigits(b[5:7]) && allDigits(b[8:])
}
