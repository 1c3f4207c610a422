package timex

import "github.com/crosscheck-news/crosscheck/doc"

// toDate reports whether the range word at token k ends an interval at
// "date" or "current date" ("from March to date", "since 2010 till
// current date"), and where those words end. It needs "from" or "since"
// before the start and a publication day: "to date" alone ("the largest
// to date") is an idiom TimeBank leaves untagged, and so is it here.
func (p *parser) toDate(r *res, k int) (int, bool) {
	if !p.hasRef || r.typ != doc.Date || r.clock != "" {
		return 0, false
	}
	switch p.lw(k) {
	case "to", "till", "until", "untill":
	default:
		return 0, false
	}
	if w := p.lw(r.start - 1); w != "from" && w != "since" {
		return 0, false
	}
	e := k + 1
	if w := p.lw(e); w == "current" || w == "the" && p.lw(e+1) == "current" {
		if w == "the" {
			e++
		}
		e++
	}
	if p.lw(e) != "date" {
		return 0, false
	}
	if n := p.lw(e + 1); n != "" && n[0] >= 'a' && n[0] <= 'z' && !afterDayRange[n] && !afterToDate[n] {
		return 0, false // "from 8 to date ranges": a compound noun
	}
	return e + 1, true
}

// afterToDate are words that may follow "to date" ending an interval.
var afterToDate = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "we": true, "they": true, "he": true, "she": true, "i": true,
	"you": true, "has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
}
