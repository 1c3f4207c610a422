package timex

import "github.com/crosscheck-news/crosscheck/doc"

// pastUnit reads a single hour, minute or day counted from publication
// without a number: "over the past hour", "in the next hour", "the past
// day". Without it "the past hour" was read as "the past" (PAST_REF) and
// the hour lost; "the past (next, last) fortnight" likewise. A length, as
// "the past week" is (P1W), with the unit it
// covers as its Range, as "the past 24 hours" has. "The last hour" and
// "the last minute" are left alone: news writes them for the end of
// something ("the last hour of trading", "at the last minute").
func (p *parser) pastUnit(i int) (res, bool) {
	if p.lw(i) != "the" {
		return res{}, false
	}
	lead := p.lw(i + 1)
	w := p.lw(i + 2)
	switch lead {
	case "past", "next", "coming":
	case "last":
		if w != "fortnight" {
			return res{}, false // "the last day" is the final one
		}
	default:
		return res{}, false
	}
	switch {
	case w == "hour" || w == "minute":
	case w == "day" && lead == "past":
	case w == "fortnight": // "over the past fortnight": two weeks, as "the past two weeks"
	default:
		return res{}, false
	}
	if p.lw(i+3) == "of" {
		return res{}, false
	}
	u, n := units[w], 1.0
	if w == "fortnight" {
		u, n = units["weeks"], 2 // as "the past two weeks", calendar weeks in its Range
	}
	r := res{start: i, end: i + 3, typ: doc.Duration, value: durationValue(n, u)}
	p.countedSpan(&r, lead, n, u, false)
	return r, true
}
