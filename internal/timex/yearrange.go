package timex

import (
	"strconv"

	"github.com/crosscheck-news/crosscheck/doc"
)

// spacedYears reads a span of years written with a spaced dash, "1960 -
// 1961", "2010 – 2014", as rangeAt reads the glued "2014-2018": one
// expression whose Range holds both years. The bounds are the glued
// form's (a later second year, less than two centuries on), so a score
// or a count ("won 3 - 1") is never a span of years.
func (p *parser) spacedYears(i int) (res, bool) {
	switch p.lw(i + 1) {
	case "-", "–", "—":
	default:
		return res{}, false
	}
	a, b := p.lw(i), p.lw(i+2)
	if len(a) != 4 || len(b) != 4 || !allDigits(a) || !allDigits(b) {
		return res{}, false
	}
	y1, _ := strconv.Atoi(a)
	y2, _ := strconv.Atoi(b)
	if y1 < 1000 || y2 <= y1 || y2 >= 2200 || y2-y1 >= 200 {
		return res{}, false
	}
	if b := p.lw(i - 1); b == "-" || b == "–" || b == "/" {
		return res{}, false
	}
	if n := p.lw(i + 3); n == "-" || n == "–" || n == "/" || n != "" && n[0] >= '0' && n[0] <= '9' {
		return res{}, false // "2010 - 2012 - 2014", a code or a list
	}
	return res{start: i, end: i + 3, typ: doc.Date, value: a, rangeEnd: b, point: true}, true
}
