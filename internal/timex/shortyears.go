package timex

import (
	"strconv"

	"github.com/crosscheck-news/crosscheck/doc"
)

// spanCues follow a span of years written with the second year cut to
// two digits ("the 2010-11 season", "the 2007-09 financial crisis") or
// come before it ("fiscal 2010-11").
var spanCues = map[string]bool{
	"season": true, "seasons": true, "school": true, "academic": true, "fiscal": true, "financial": true,
	"budget": true, "term": true, "session": true, "campaign": true, "crisis": true, "recession": true,
	"winter": true, "tax": true, "crop": true, "harvest": true, "period": true,
}

// shortYears reads a span of years whose second year keeps only its last
// two digits: "2014-15", "1998-99", "1999-00", "2011/12", as sports
// seasons, school and fiscal years and budgets are written. One
// expression, the first year as its value and both years in Range, as
// "2014-2018" is. A second
// part of 13 or more can only be a year; one of 12 or less is as often a
// month ("2011-08" is August 2011), so it is read as a year only beside a
// word that names a season, a fiscal or school year or a long event
// (spanCues), or after "winter of", or when it is the next year and the
// span modifies a noun ("its 2011-12 shares of revenue", "the 2010-11
// accounts"): isoMonth already refuses "2011-12" as December, since a
// year followed by the next one is a season or a fiscal year, and a month
// written the ISO way does not stand before a noun. The second year is one
// to nine years after the first.
func (p *parser) shortYears(i int) (res, bool) {
	w := p.lw(i)
	if len(w) == 7 && w[4] == '/' {
		w = w[:4] + "-" + w[5:] // "the 2011/12 season"
	}
	if len(w) != 7 || w[4] != '-' || !allDigits(w[:4]) || !allDigits(w[5:]) {
		if len(w) != 9 || w[4:7] != "–" || !allDigits(w[:4]) || !allDigits(w[7:]) {
			return res{}, false
		}
		w = w[:4] + "-" + w[7:]
	}
	if notBeforeYear[p.lw(i-1)] {
		return res{}, false // "version 2014-22", "no. 1998-99"
	}
	y1, _ := strconv.Atoi(w[:4])
	yy, _ := strconv.Atoi(w[5:])
	if y1 < 1800 || y1 > 2099 {
		return res{}, false
	}
	y2 := y1/100*100 + yy
	if y2 <= y1 {
		y2 += 100
	}
	if y2-y1 < 1 || y2-y1 > 9 {
		return res{}, false
	}
	_, season := seasons[p.lw(i-2)]
	season = season && p.lw(i-1) == "of" // "the winter of 2011-12"
	if yy <= 12 && yy != 0 && !spanCues[p.lw(i+1)] && !spanCues[p.lw(i-1)] && !season && !(yy == (y1+1)%100 && isLowerWord(p.text(i+1))) {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, value: w[:4], rangeEnd: pad(y2, 4), point: true}, true
}
