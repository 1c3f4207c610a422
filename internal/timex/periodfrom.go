package timex

import (
	"strconv"
	"time"
)

// periodFrom reads a length that starts on a day the text names: "for 10
// days from Dec. 18", "a week starting tomorrow", "for 3 days, from
// today", "2 weeks beginning May 20th". TimeML tags the length (P10D) and
// the day apart, and so does crosscheck; the length's Range holds the days
// it covers (Dec. 18 to 27), so the interval any reader takes from the
// phrase is not lost. "From" needs "for" or "lasting" before the length:
// "three weeks from tomorrow" is a date (offsetDay). k is the token after
// the length; the day stays an expression of its own.
func (p *parser) periodFrom(r *res, k int) bool {
	if !p.hasRef || r.rangeEnd != "" || len(r.value) < 3 || r.value[0] != 'P' || r.value[1] == 'T' {
		return false
	}
	if p.lw(k) == "," {
		k++
	}
	switch p.lw(k) {
	case "starting", "beginning":
		if p.lw(k+1) == "from" || p.lw(k+1) == "on" {
			k++
		}
	case "from":
		if b := p.lw(r.start - 1); b != "for" && b != "lasting" {
			return false
		}
	default:
		return false
	}
	n, err := strconv.Atoi(r.value[1 : len(r.value)-1])
	if err != nil || n < 1 {
		return false
	}
	var base time.Time
	if d, ok := deicticDays[p.lw(k+1)]; ok {
		base = p.ref.AddDate(0, 0, d)
	} else if day, _, ok := p.namedDay(k + 1); ok {
		base = day
	} else {
		return false
	}
	end, ok := addPeriod(base, r.value[len(r.value)-1], n)
	if !ok {
		return false
	}
	r.rangeStart, r.rangeEnd = fmtDay(base), fmtDay(end.AddDate(0, 0, -1))
	return true
}
