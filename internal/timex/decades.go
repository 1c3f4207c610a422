package timex

import (
	"strconv"

	"github.com/crosscheck-news/crosscheck/doc"
)

func init() {
	// "circa 5 in the morning": a hedge before a clock time, as "around".
	clockPreps["circa"] = true
	// "from 9:30 untill 11:00": the spelling is common enough in
	// schedules and messages.
	rangeConn["untill"] = true
}

// decadeSplit reads a decade whose "s" the text sets apart ("the 1990 s",
// "in 90 s") and a decade word after a year preposition without "the"
// ("in nineties"; "in his nineties" is an age).
func (p *parser) decadeSplit(i int) (res, bool) {
	w := p.lw(i)
	if d, ok := decadeWords[w]; ok && yearPreps[p.lw(i-1)] {
		return res{start: i, end: i + 1, typ: doc.Date, point: true, value: "19" + strconv.Itoa(d)}, true
	}
	if p.lw(i+1) != "s" || !allDigits(w) || w[len(w)-1] != '0' {
		return res{}, false
	}
	switch len(w) {
	case 4:
		y, _ := strconv.Atoi(w)
		if y < 1000 || y > 2090 {
			return res{}, false
		}
		return res{start: i, end: i + 2, typ: doc.Date, point: true, value: w[:3]}, true
	case 2:
		return res{start: i, end: i + 2, typ: doc.Date, point: true, value: "19" + w[:1]}, true
	}
	return res{}, false
}

// monthOrdinal reads a month by its place in a year: "the third month of
// 2021", "the 9th month of next year".
func (p *parser) monthOrdinal(i int) (res, bool) {
	if p.lw(i) != "the" || p.lw(i+2) != "month" || p.lw(i+3) != "of" {
		return res{}, false
	}
	m, ok := numparseOrdinal(p.lw(i + 1))
	if !ok || m < 1 || m > 12 {
		return res{}, false
	}
	y, e := 0, i+4
	if yy, ok := p.yearTok(e, true); ok {
		y, e = yy, e+1
	} else if d, ok := relDir[p.lw(e)]; ok && p.lw(e+1) == "year" && p.hasRef && p.lw(e) != "following" && p.lw(e) != "that" {
		y, e = p.ref.Year()+d, e+2
	} else {
		return res{}, false
	}
	return res{start: i, end: e, typ: doc.Date, point: true, value: fmtMonth(y, m), absY: y, absM: m}, true
}

// numparseOrdinal reads "third" or "9th".
func numparseOrdinal(w string) (int, bool) {
	if d, ok := dayOrdinals[w]; ok {
		return d, true
	}
	if len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			n, err := strconv.Atoi(w[:len(w)-2])
			return n, err == nil
		}
	}
	return 0, false
}
