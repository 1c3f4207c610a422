package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Dates written as one token with a month name: "05-Aug-2016",
// "31/Oct/1974", "2019/aug/01", "Dec-2018", "Oct/2", and glued ones,
// "14april", "Feb13". Datelines, filings and tables write them so.

// compactMonth reports whether a lower-cased token may hold a compact
// date: a month name before or after digits, with or without a separator.
func compactMonth(w string) bool {
	if len(w) < 4 || !hasDigit(w) {
		return false
	}
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i >= 3 {
		return months[w[:i]] > 0
	}
	return w[0] >= '0' && w[0] <= '9' && (strings.ContainsAny(w, "-/") || lettersAfterDigits(w))
}

func lettersAfterDigits(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && months[w[i:]] > 0
}

// compactDate reads a compact date at token i.
func (p *parser) compactDate(i int) (res, bool) {
	w := p.lw(i)
	if !compactMonth(w) {
		return res{}, false
	}
	var parts []string
	switch {
	case strings.Count(w, "-") == 1 || strings.Count(w, "-") == 2:
		parts = strings.Split(w, "-")
	case strings.Count(w, "/") == 1 || strings.Count(w, "/") == 2:
		parts = strings.Split(w, "/")
	default:
		// Glued: "14april", "feb13".
		k := 0
		for k < len(w) && (w[k] >= 'a' && w[k] <= 'z') == (w[0] >= 'a' && w[0] <= 'z') {
			k++
		}
		parts = []string{w[:k], w[k:]}
	}
	m, mi := 0, -1
	for k, s := range parts {
		if v, ok := months[s]; ok && len(s) >= 3 {
			m, mi = v, k
		}
	}
	if mi < 0 {
		return res{}, false
	}
	num := func(s string, maxLen int) (int, bool) {
		if s == "" || len(s) > maxLen || !allDigits(s) {
			return 0, false
		}
		v, err := strconv.Atoi(s)
		return v, err == nil
	}
	year := func(s string) (int, bool) {
		v, ok := num(s, 4)
		switch {
		case !ok || len(s) == 3 || len(s) == 1:
			return 0, false
		case len(s) == 2:
			// A two-digit year: the century that keeps it within the
			// 50 years around the reference (or 1950–2049).
			base := 2000
			if p.hasRef {
				base = p.ref.Year() / 100 * 100
			}
			if v+base > base+49 {
				base -= 100
			}
			return base + v, true
		}
		return v, v >= 1000
	}
	r := res{start: i, end: i + 1, typ: doc.Date, point: true}
	switch {
	case len(parts) == 3 && (mi == 1 || mi == 0 && len(parts[2]) == 4):
		a, b := parts[0], parts[2]
		if mi == 0 { // "Sep-23-2020"
			a = parts[1]
		}
		if len(a) == 4 { // "2019/aug/01"
			a, b = b, a
		}
		d, ok1 := num(a, 2)
		y, ok2 := year(b)
		if !ok1 || !ok2 || !validDay(y, m, d) {
			return res{}, false
		}
		r.value = fmtYMD(y, m, d)
		r.absY, r.absM, r.absD = y, m, d
	case len(parts) == 2 && len(parts[1-mi]) == 4:
		y, ok := year(parts[1-mi]) // "Dec-2018"
		if !ok {
			return res{}, false
		}
		r.value = fmtMonth(y, m)
		r.absY, r.absM = y, m
	case len(parts) == 2:
		d, ok := num(parts[1-mi], 2) // "Oct/2", "14april"
		if !ok || !validDay(0, m, d) {
			return res{}, false
		}
		yk := i + 1
		if p.lw(yk) == "," {
			yk++ // "Dec31, 1994"
		}
		if y, ok := p.yearTok(yk, true); ok && validDay(y, m, d) {
			r.value, r.end = fmtYMD(y, m, d), yk+1 // "14april 2015"
			r.absY, r.absM, r.absD = y, m, d
			break
		}
		r.value = p.resolveDay(m, d, i, i+1)
	default:
		return res{}, false
	}
	if len(r.value) == 10 {
		r.day = r.value
	}
	return r, true
}
