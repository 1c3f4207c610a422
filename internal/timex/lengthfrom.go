package timex

import (
	"strconv"
	"strings"
	"time"
)

// lengthFrom gives a length written right after a day or a clock time,
// "from Dec. 18 for 10 days", "Dec. 18 for two weeks", "4pm for 30
// mins", the interval it covers from there as its Range, as periodFrom
// does for the length written first ("for 10 days from Dec. 18"). TimeML
// tags the day and the length apart, and so does crosscheck; the Range
// keeps the interval a reader takes from the phrase. Only "for" between
// them, in the same sentence, and only lengths in days, weeks and months
// after a day (a prison term "on June 3 for 30 years" does not start that
// day) or in hours and minutes after a clock time.
func (p *parser) lengthFrom(r *res) bool {
	if !p.hasRef || r.rangeEnd != "" || r.mod != "" || p.lw(r.start-1) != "for" || p.prevEnd != r.start-1 ||
		!p.lastIsDay || p.lastDaySent != p.toks[r.start].Sent || len(r.value) < 3 || r.value[0] != 'P' {
		return false
	}
	last := p.lastValue
	clock := r.value[1] == 'T'
	num := r.value[1 : len(r.value)-1]
	if clock {
		num = r.value[2 : len(r.value)-1]
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 {
		return false
	}
	u := r.value[len(r.value)-1]
	switch {
	case !clock && len(last) == 10 && (u == 'D' || u == 'W' || u == 'M'):
		base, err := time.Parse("2006-01-02", last)
		if err != nil {
			return false
		}
		end, ok := addPeriod(base, u, n)
		if !ok {
			return false
		}
		r.rangeStart, r.rangeEnd = last, fmtDay(end.AddDate(0, 0, -1))
	case clock && len(strings.TrimSuffix(last, "Z")) == 16 && last[10] == 'T' && (u == 'H' || u == 'M'):
		// A UTC clock keeps its Z at both ends (utc.go).
		z := last[16:]
		base, err := time.Parse("2006-01-02T15:04", last[:16])
		if err != nil {
			return false
		}
		d := time.Duration(n) * time.Minute
		if u == 'H' {
			d = time.Duration(n) * time.Hour
		}
		r.rangeStart, r.rangeEnd = last, fmtClock(base.Add(d))+z
	default:
		return false
	}
	return true
}
