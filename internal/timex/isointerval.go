package timex

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// isoInterval reads an ISO 8601 interval, two dates or two date-times
// joined by a slash, as data notes, filings and feeds write them:
// "2015-03-28/2015-03-29", "2015-03-28T17:00/2015-03-29T21:00",
// "2015-03-28 17:00:00/2015-03-29 21:00:00" (which the tokenizer cuts
// into the first date, "17:00:00/2015-03-29" and the last clock). One
// expression with both ends in Range, written as they are.
func (p *parser) isoInterval(i int) (res, bool) {
	w := p.lw(i)
	if len(w) < 10 || !isoDay(w[:10]) {
		return res{}, false
	}
	if a, b, ok := strings.Cut(w, "/"); ok {
		// One token: both ends with the same shape.
		if len(a) != len(b) || !isoDay(b[:min(10, len(b))]) {
			return res{}, false
		}
		switch {
		case len(a) == 10:
			return res{start: i, end: i + 1, typ: doc.Date, value: a, rangeEnd: b, point: true}, true
		case len(a) >= 16 && a[10] == 't' && isoClock(a[11:]) && b[10] == 't' && isoClock(b[11:]):
			a, b = a[:10]+"T"+a[11:], b[:10]+"T"+b[11:]
			return res{start: i, end: i + 1, typ: doc.TimeOfDay, value: a, rangeEnd: b}, true
		}
		return res{}, false
	}
	if len(w) != 10 {
		return res{}, false
	}
	c1, d2, ok := strings.Cut(p.lw(i+1), "/")
	c2 := p.lw(i + 2)
	if !ok || !isoClock(c1) || len(d2) != 10 || !isoDay(d2) || !isoClock(c2) {
		return res{}, false
	}
	return res{start: i, end: i + 3, typ: doc.TimeOfDay, value: w + "T" + c1, rangeEnd: d2 + "T" + c2}, true
}

// isoDay reports whether s is a day written YYYY-MM-DD.
func isoDay(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) &&
		s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31"
}

// isoClock reports whether s is a 24-hour time, HH:MM or HH:MM:SS.
func isoClock(s string) bool {
	if len(s) != 5 && len(s) != 8 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if k == 2 || k == 5 {
			if s[k] != ':' {
				return false
			}
		} else if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s[:2] <= "24" && s[3:5] <= "59" && (len(s) == 5 || s[6:] <= "59")
}
