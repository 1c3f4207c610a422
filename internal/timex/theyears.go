package timex

import "github.com/crosscheck-news/crosscheck/doc"

// theYears reads "over the years", "in the years that followed", "in the
// early years" as the vague stretch of years they name (PXY), as TimeBank
// and MEANTIME tag them. Plural units after "the" are otherwise left
// alone ("the years 1990 to 1995", "the weeks before the vote" is read
// by duration), so only years after a preposition of extent count, and
// not before "of" ("in the years of the war" names an era), "ago",
// "ahead" or "to come", which other rules read.
func (p *parser) theYears(i int) (res, bool) {
	if p.lw(i) != "the" || !extentPreps[p.lw(i-1)] {
		return res{}, false
	}
	j := i + 1
	switch p.lw(j) {
	case "early", "intervening", "ensuing", "following", "subsequent":
		j++
	}
	if p.lw(j) != "years" || j+1 > p.limit {
		return res{}, false
	}
	switch n := p.lw(j + 1); {
	case n == "of" || n == "ago" || n == "ahead" || n == "to":
		return res{}, false
	case n != "" && n[0] >= '0' && n[0] <= '9':
		return res{}, false // "in the years 1990 to 1995"
	}
	return res{start: i, end: j + 1, typ: doc.Duration, value: "PXY"}, true
}

// extentPreps come before a stretch of time: "over the years".
var extentPreps = map[string]bool{
	"over": true, "in": true, "during": true, "through": true, "throughout": true, "across": true,
}
