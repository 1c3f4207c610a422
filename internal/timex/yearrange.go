package timex

import (
	"strconv"

	"github.com/crosscheck-news/crosscheck/doc"
)

// spacedYears reads the first year of a span written with a spaced dash,
// "1960 - 1961", "1580 – 1660", which the year grammar refuses before a
// dash and a number (a score, "won 3 - 1"). Both ends are years of their
// own, so as with "from 1990 to 1994" news keeps two TIMEX3s and
// extendRange gives the first the Range (one match with
// Options.Intervals). The bounds are those of the glued "2014-2018": a
// later second year, less than two centuries on.
func (p *parser) spacedYears(i int) (res, bool) {
	if !p.yearSpan(i) {
		return res{}, false
	}
	y, _ := strconv.Atoi(p.lw(i))
	return res{start: i, end: i + 1, typ: doc.Date, value: p.lw(i), point: true, absY: y}, true
}

// yearSpan reports whether tokens k, k+1 and k+2 are a span of years
// with a spaced dash (see spacedYears).
func (p *parser) yearSpan(k int) bool {
	switch p.lw(k + 1) {
	case "-", "–", "—":
	default:
		return false
	}
	a, b := p.lw(k), p.lw(k+2)
	if len(a) != 4 || len(b) != 4 || !allDigits(a) || !allDigits(b) {
		return false
	}
	y1, _ := strconv.Atoi(a)
	y2, _ := strconv.Atoi(b)
	if y1 < 1000 || y2 <= y1 || y2 >= 2200 || y2-y1 >= 200 {
		return false
	}
	if w := p.lw(k - 1); w == "-" || w == "–" || w == "/" {
		return false
	}
	n := p.lw(k + 3)
	return n != "-" && n != "–" && n != "/" && (n == "" || n[0] < '0' || n[0] > '9') // not "2010 - 2012 - 2014"
}
