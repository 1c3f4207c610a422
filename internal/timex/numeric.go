package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Dates in digits that numericMonth and numericDate leave: ISO months
// with a hyphen ("2014-10", "2015-3"), compact ISO days ("20161016") and
// days written with spaces ("2016 10 16").

// isoMonth reads "2014-10": a year and a month. "2011-12", whose second
// number is the year after the first, is a season or a fiscal year, not
// December 2011.
func (p *parser) isoMonth(i int) (res, bool) {
	a, b, ok := strings.Cut(p.lw(i), "-")
	if !ok || len(a) != 4 || len(b) < 1 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return res{}, false
	}
	y, _ := strconv.Atoi(a)
	m, _ := strconv.Atoi(b)
	if y < 1900 || y > 2199 || m < 1 || m > 12 || len(b) == 2 && m == (y+1)%100 {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, point: true, value: fmtMonth(y, m), absY: y, absM: m}, true
}

// compactDay reads "20161016" (YYYYMMDD) and "2016 10 16".
func (p *parser) compactDay(i int) (res, bool) {
	w := p.lw(i)
	if !allDigits(w) {
		return res{}, false
	}
	var y, m, d, e int
	switch {
	case len(w) == 8:
		y, _ = strconv.Atoi(w[:4])
		m, _ = strconv.Atoi(w[4:6])
		d, _ = strconv.Atoi(w[6:])
		e = i + 1
	case len(w) == 4 && allDigits(p.lw(i+1)) && allDigits(p.lw(i+2)) && len(p.lw(i+1)) <= 2 && len(p.lw(i+2)) <= 2:
		y, _ = strconv.Atoi(w)
		m, _ = strconv.Atoi(p.lw(i + 1))
		d, _ = strconv.Atoi(p.lw(i + 2))
		e = i + 3
		if n := p.lw(e); n != "" && n != "," && n != "." && n != ";" && n != ")" {
			return res{}, false // "2016 10 16-year-olds"
		}
	default:
		return res{}, false
	}
	if y < 1900 || y > 2199 || !validDay(y, m, d) {
		return res{}, false
	}
	r := res{start: i, end: e, typ: doc.Date, point: true, value: fmtYMD(y, m, d), absY: y, absM: m, absD: d}
	r.day = r.value
	return r, true
}

// quarterYear reads a quarter before its year or glued to a two-digit
// one: "q1-2019", "Q3-2020", "18q4" (yearQuarter reads "2018q4").
func (p *parser) quarterYear(i int) (res, bool) {
	w := p.lw(i)
	var y int
	var q byte
	switch {
	case len(w) == 7 && w[0] == 'q' && w[2] == '-' && allDigits(w[3:]):
		y, _ = strconv.Atoi(w[3:])
		q = w[1]
	case len(w) == 4 && allDigits(w[:2]) && w[2] == 'q':
		y, _ = strconv.Atoi(w[:2])
		y += 2000
		q = w[3]
	default:
		return res{}, false
	}
	if q < '1' || q > '4' || y < 1000 || y > 2199 {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, point: true, namesQuarter: true, value: pad(y, 4) + "-Q" + string(q)}, true
}
