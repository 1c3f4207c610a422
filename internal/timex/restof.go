package timex

import (
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// restUnits are the units "the rest of the …" runs to the end of.
var restUnits = map[string]bool{"week": true, "month": true, "year": true, "day": true}

// restOf reads "the rest of the week", "the remainder of the year", "the
// rest of this month": the current unit from the publication day to its
// last day. News writes them for what is still to come in the week or
// year ("talks go on for the rest of the week"). The value names the unit
// (2013-W07), as TimeML names "this week"; the Range holds the part that
// is left, from the publication day to the unit's last day. "The rest of
// the day" is the publication day itself. "The rest of the world" and
// other nouns are not units and are left alone.
func (p *parser) restOf(i int) (res, bool) {
	j := i
	if p.lw(j) == "the" {
		j++
	}
	if w := p.lw(j); w != "rest" && w != "remainder" || p.lw(j+1) != "of" {
		return res{}, false
	}
	k := j + 2
	switch p.lw(k) {
	case "the", "this":
		k++
	default:
		return res{}, false
	}
	u := p.lw(k)
	if !restUnits[u] || !p.hasRef {
		return res{}, false
	}
	if n := p.lw(k + 1); n != "" && n[0] >= '0' && n[0] <= '9' {
		return res{}, false // "the rest of the year 2012": the year's own rule
	}
	base := p.ref
	if p.lastIsDay && p.lastDaySent == p.toks[i].Sent && p.lastDay[0] != 'X' {
		// "On March 3 the plant shut for the rest of the week": the
		// week of the day just named.
		if t, err := time.Parse("2006-01-02", p.lastDay); err == nil {
			base = t
		}
	}
	r := res{start: i, end: k + 1, typ: doc.Date, value: thisUnit(base, 0, u)}
	if u == "day" {
		return r, true
	}
	var last time.Time
	switch u {
	case "week":
		last = base.AddDate(0, 0, (7-int(base.Weekday()))%7) // Sunday
	case "month":
		last = date(base.Year(), int(base.Month())+1, 0)
	case "year":
		last = date(base.Year(), 12, 31)
	}
	r.rangeStart, r.rangeEnd = fmtDay(base), fmtDay(last)
	return r, true
}

func init() { starters["rest"], starters["remainder"] = true, true }
