package timex

import (
	"strconv"

	"github.com/crosscheck-news/crosscheck/doc"
)

// embeddedDate reads a full date inside a longer token, as file names,
// URLs and codes carry it: "report-20170302.html",
// "sales_report-2002-10-09.xlsx", "archive-2018-09-23-page-01",
// "-2020-07-01". Only an unambiguous form counts: year, month and day in
// that order, written YYYY-MM-DD or YYYYMMDD, with no digit on either side,
// a year from 1900 to 2099 and a real day; a token with two such dates is
// left alone. The match is the whole token.
func (p *parser) embeddedDate(i int) (res, bool) {
	w := p.lw(i)
	if len(w) < 9 {
		return res{}, false
	}
	found := ""
	for k := 0; k+8 <= len(w); k++ {
		if k > 0 && isDigit(w[k-1]) || !isDigit(w[k]) {
			continue
		}
		v, n := isoAt(w, k)
		if v == "" {
			continue
		}
		if found != "" {
			return res{}, false
		}
		found = v
		k += n - 1
	}
	if found == "" {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, value: found, day: found, point: true}, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isoAt reads YYYY-MM-DD or YYYYMMDD at w[k:], not followed by a digit,
// and gives its value and length.
func isoAt(w string, k int) (string, int) {
	var ys, ms, ds string
	n := 0
	switch {
	case k+10 <= len(w) && w[k+4] == '-' && w[k+7] == '-':
		ys, ms, ds, n = w[k:k+4], w[k+5:k+7], w[k+8:k+10], 10
	case k+8 <= len(w):
		ys, ms, ds, n = w[k:k+4], w[k+4:k+6], w[k+6:k+8], 8
	default:
		return "", 0
	}
	if !allDigits(ys) || !allDigits(ms) || !allDigits(ds) || k+n < len(w) && isDigit(w[k+n]) {
		return "", 0
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if y < 1900 || y > 2099 || !validDay(y, m, d) {
		return "", 0
	}
	return fmtYMD(y, m, d), n
}
