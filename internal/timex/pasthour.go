package timex

import "github.com/crosscheck-news/crosscheck/doc"

// pastUnit reads a single hour, minute or day counted from publication
// without a number: "over the past hour", "in the next hour", "the past
// day". Without it "the past hour" was read as "the past" (PAST_REF) and
// the hour lost. A length, as "the past week" is (P1W), with the unit it
// covers as its Range, as "the past 24 hours" has. "The last hour" and
// "the last minute" are left alone: news writes them for the end of
// something ("the last hour of trading", "at the last minute").
func (p *parser) pastUnit(i int) (res, bool) {
	if p.lw(i) != "the" {
		return res{}, false
	}
	lead := p.lw(i + 1)
	switch lead {
	case "past", "next", "coming":
	default:
		return res{}, false
	}
	w := p.lw(i + 2)
	switch {
	case w == "hour" || w == "minute":
	case w == "day" && lead == "past":
	default:
		return res{}, false
	}
	if p.lw(i+3) == "of" {
		return res{}, false
	}
	u := units[w]
	r := res{start: i, end: i + 3, typ: doc.Duration, value: durationValue(1, u)}
	p.countedSpan(&r, lead, 1, u, false)
	return r, true
}
