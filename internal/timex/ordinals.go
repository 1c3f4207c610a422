package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Days named by their place in a month: "the first Tuesday of October",
// "the last Friday in March", "the 20th of next month", "Tuesday the
// 19th", "February the 15th". Elections, deadlines and court dates are
// written this way.

var nthWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1,
}

var dayOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// ordDay reads a day of the month at k: "19th", "19", "nineteenth",
// "twenty-first".
func (p *parser) ordDay(k int) (int, bool) {
	w := p.lw(k)
	if d, ok := dayOrdinals[w]; ok {
		return d, true
	}
	if len(w) > 7 && (w[:7] == "twenty-" || w[:7] == "thirty-") {
		if d, ok := dayOrdinals[w[7:]]; ok && d < 10 {
			if w[0] == 't' && w[1] == 'w' {
				return 20 + d, true
			}
			if d == 1 {
				return 31, true
			}
		}
	}
	return p.dayNum(k)
}

// monthValue reads a month expression at k ("October", "next month",
// "this month", "October 2014") and gives its year and month.
func (p *parser) monthValue(k int) (y, m, end int, ok bool) {
	// "of the next month", "of the previous month": a month here, not
	// the duration "the next month" reads as elsewhere.
	if n, rel := relDir[p.lw(k+1)]; rel && p.lw(k) == "the" && p.lw(k+2) == "month" && p.lw(k+1) != "that" && p.hasRef {
		t := date(p.ref.Year(), int(p.ref.Month()), 1).AddDate(0, n, 0)
		return t.Year(), int(t.Month()), k + 3, true
	}
	r, ok := p.core(k)
	if m, abbr := months[strings.TrimSuffix(p.lw(k), ".")]; !ok && abbr && p.hasRef {
		// "the 3rd week of Jan": an abbreviated month, which alone
		// needs a cue the "of" before it gives here.
		r, ok = res{start: k, end: k + 1, typ: doc.Date, value: p.resolveMonth(m, k, k+1, 0, false)}, true
	}
	if !ok || r.mod != "" || r.typ != doc.Date || len(r.value) != 7 || r.value[0] == 'X' || r.value[4] != '-' {
		return 0, 0, 0, false
	}
	y, err1 := strconv.Atoi(r.value[:4])
	m, err2 := strconv.Atoi(r.value[5:])
	if err1 != nil || err2 != nil {
		return 0, 0, 0, false
	}
	return y, m, r.end, true
}

func (p *parser) ordinalDay(i int) (res, bool) {
	j := i
	if p.lw(j) == "the" {
		j++
	}
	// "the first Tuesday of October", "last Friday in March"
	if n, ok := nthWords[p.lw(j)]; ok {
		if wd, ok := weekdays[p.lw(j+1)]; ok && (p.lw(j+2) == "of" || p.lw(j+2) == "in") {
			k := j + 3
			if p.lw(k) == "the" && calUnits[p.lw(k+1)] == "month" && p.hasRef {
				// "the first Monday of the month": this month.
				y, m := p.ref.Year(), int(p.ref.Month())
				d := lastWeekday(y, m, wd)
				if n > 0 {
					d = nthWeekday(y, m, wd, n)
				}
				if validDay(y, m, d) {
					v := fmtYMD(y, m, d)
					return res{start: i, end: k + 2, typ: doc.Date, value: v, day: v, point: true}, true
				}
			}
			if y, m, e, ok := p.monthValue(k); ok {
				d := lastWeekday(y, m, wd)
				if n > 0 {
					d = nthWeekday(y, m, wd, n)
				}
				if !validDay(y, m, d) {
					return res{}, false
				}
				v := fmtYMD(y, m, d)
				return res{start: i, end: e, typ: doc.Date, value: v, day: v, point: true}, true
			}
		}
	}
	// "the last day of October", "the last day in the month": a month's
	// closing day, the end of many deadlines and reporting periods.
	if p.lw(j) == "last" && p.lw(j+1) == "day" && (p.lw(j+2) == "of" || p.lw(j+2) == "in") {
		k := j + 3
		if p.lw(k) == "the" && calUnits[p.lw(k+1)] == "month" && p.hasRef {
			y, m := p.ref.Year(), int(p.ref.Month())
			v := fmtYMD(y, m, daysIn(y, m))
			return res{start: i, end: k + 2, typ: doc.Date, value: v, day: v, point: true}, true
		}
		if y, m, e, ok := p.monthValue(k); ok {
			v := fmtYMD(y, m, daysIn(y, m))
			return res{start: i, end: e, typ: doc.Date, value: v, day: v, point: true}, true
		}
	}
	// "the first day of the year", "the last day of 2014": 1 January
	// and 31 December of that year.
	if w := p.lw(j); (w == "first" || w == "last") && p.lw(j+1) == "day" && p.lw(j+2) == "of" {
		saved := p.memory
		r, ok := p.core(j + 3)
		p.memory = saved
		if p.lw(j+3) == "the" && p.lw(j+4) == "year" && p.hasRef && (!ok || r.end <= j+5) {
			// "of the year": this one, as "of the month" is this month;
			// told in the past, its last day is last year's ("closed
			// its tour the last day of the year").
			y := p.ref.Year()
			if w == "last" && p.tense(i, j+5) < 0 {
				y--
			}
			r, ok = res{end: j + 5, typ: doc.Date, value: pad(y, 4)}, true
		}
		if ok && r.mod == "" && r.typ == doc.Date && r.rangeEnd == "" && len(r.value) == 4 && allDigits(r.value) {
			y, _ := strconv.Atoi(r.value)
			v := fmtYMD(y, 1, 1)
			if w == "last" {
				v = fmtYMD(y, 12, 31)
			}
			return res{start: i, end: r.end, typ: doc.Date, value: v, day: v, point: true}, true
		}
	}
	// "the 20th of next month", "20th of the current month", "the 20th
	// day of next month", "the third day of October"
	if _, rel := relDir[p.lw(j+1)]; rel && j > i && p.lw(j+1) != "that" && p.lw(j+2) == "month" {
		d, ok := p.ordDay(j)
		// "the 21st this month", "the 3rd next month"
		if y, m, e, ok2 := p.monthValue(j + 1); ok && ok2 && validDay(y, m, d) {
			v := fmtYMD(y, m, d)
			return res{start: i, end: e, typ: doc.Date, value: v, day: v, point: true}, true
		}
	}
	if d, o, ok := p.ordDayEnd(j); ok && (p.lw(o) == "of" || p.lw(o) == "day" && p.lw(o+1) == "of") {
		k := o + 1
		if p.lw(o) == "day" {
			k++
		}
		if _, isMonth := months[p.lw(k)]; !isMonth || p.lw(o) == "day" {
			if y, m, e, ok := p.monthValue(k); ok && validDay(y, m, d) {
				v := fmtYMD(y, m, d)
				return res{start: i, end: e, typ: doc.Date, value: v, day: v, point: true}, true
			}
		}
	}
	// "February the 15th"
	if m, ok := months[p.lw(i)]; ok && p.monthOK(i) && p.lw(i+1) == "the" {
		if d, ok := p.ordDay(i + 2); ok && validDay(0, m, d) {
			e := i + 3
			var v string
			if y, ok := p.yearTok(e, true); ok && validDay(y, m, d) {
				v, e = fmtYMD(y, m, d), e+1
			} else {
				v = p.resolveDay(m, d, i, e)
			}
			return res{start: i, end: e, typ: doc.Date, value: v, day: v, point: true}, true
		}
	}
	// "Tuesday the 19th", "Tuesday 19th": the nearest 19th on a Tuesday.
	if wd, ok := weekdays[p.lw(i)]; ok && (p.isCap(i) || p.forward || p.text(i) == p.lw(i)) {
		k := i + 1
		if p.lw(k) == "the" {
			k++
		}
		// Digits, or an ordinal word that ends the phrase ("Tuesday the
		// eleventh."): "on Tuesday the first batch" is no date.
		d, ok := p.dayNum(k)
		if !ok && k == i+2 {
			n := 1
			if w := p.lw(k); w == "twenty" || w == "thirty" {
				n = p.wordDayAt(k) // "the twenty seventh"
			}
			if dd, ok2 := p.ordDayWords(k); ok2 && n > 0 && !allDigits(p.lw(k)) {
				if nw := p.lw(k + n); nw == "" || nw == "at" || nw == "," || nw == "." || nw == "!" || nw == "?" || nw == "and" {
					d, ok = dd, true
					k += n - 1
				}
			}
		}
		if ok && p.hasRef {
			if _, isMonth := months[p.lw(k+1)]; isMonth || p.lw(k+1) == "of" {
				return res{}, false
			}
			if k == i+1 && p.lw(k) == p.text(k) && allDigits(p.lw(k)) {
				return res{}, false // "Tuesday 19": a count or a score
			}
			dir := -1
			if p.tense(i, k+1) > 0 {
				dir = 1
			}
			y, m := p.ref.Year(), int(p.ref.Month())
			for n := 0; n < 24; n++ {
				if validDay(y, m, d) {
					t := date(y, m, d)
					if isoWeekday(t) == wd && (dir > 0 && !t.Before(p.ref) || dir < 0 && !t.After(p.ref)) {
						v := fmtDay(t)
						return res{start: i, end: k + 1, typ: doc.Date, value: v, day: v, point: true}, true
					}
				}
				m += dir
				if m == 0 {
					y, m = y-1, 12
				} else if m == 13 {
					y, m = y+1, 1
				}
			}
		}
	}
	return res{}, false
}

// pluralWeekdays are weekday names counted: "3 fridays from now".
var pluralWeekdays = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// monthBeforeCount reports whether the month word at i, before "after
// next" or "before last", is the month. Those words settle that a
// capitalised "March" or "May" starting a sentence is one ("March after
// next"); in lower case, or when a unit follows ("it may after next
// week's vote"), the usual test decides.
func (p *parser) monthBeforeCount(i int) bool {
	if _, unit := calUnits[p.lw(i+3)]; unit {
		return false
	}
	return p.monthOK(i) || fullMonth(p.lw(i)) && p.toks[i].Text != p.toks[i].Lower
}

// counted reads points counted in whole units from the reference: "2
// upcoming weeks" (the week after next), "3 fridays from now", "2
// thursdays back", "Friday after next", "March after next".
func (p *parser) counted(i int) (res, bool) {
	if !p.hasRef {
		return res{}, false
	}
	// "Friday after next", "March after next"
	if p.lw(i+1) == "after" && p.lw(i+2) == "next" {
		if wd, ok := weekdays[p.lw(i)]; ok {
			v := fmtDay(weekdayDate(p.ref, wd, 1, true).AddDate(0, 0, 7))
			return res{start: i, end: i + 3, typ: doc.Date, value: v, day: v, point: true}, true
		}
		if m, ok := months[p.lw(i)]; ok && p.monthBeforeCount(i) {
			y := pickYear(p.ref, m, 0, 1, true) + 1
			return res{start: i, end: i + 3, typ: doc.Date, value: fmtMonth(y, m), point: true}, true
		}
		return res{}, false
	}
	// "Friday before last": the Friday before the last one.
	if p.lw(i+1) == "before" && p.lw(i+2) == "last" {
		if wd, ok := weekdays[p.lw(i)]; ok {
			v := fmtDay(weekdayDate(p.ref, wd, -1, true).AddDate(0, 0, -7))
			return res{start: i, end: i + 3, typ: doc.Date, value: v, day: v, point: true}, true
		}
		if m, ok := months[p.lw(i)]; ok && p.monthBeforeCount(i) {
			y := pickYear(p.ref, m, 0, -1, true) - 1
			return res{start: i, end: i + 3, typ: doc.Date, value: fmtMonth(y, m), point: true}, true
		}
		return res{}, false
	}
	// Cheap look-ahead before reading a number, which allocates.
	near := false
	for k := i + 1; k <= i+3; k++ {
		if _, ok := pluralWeekdays[p.lw(k)]; ok || p.lw(k) == "upcoming" {
			near = true
		}
	}
	if !near {
		return res{}, false
	}
	v, k, ok := p.count(i)
	if !ok || v < 1 || v > 100 || v != float64(int(v)) {
		return res{}, false
	}
	n := int(v)
	if wd, ok := pluralWeekdays[p.lw(k)]; ok {
		var t time.Time
		switch {
		case p.lw(k+1) == "from" && p.lw(k+2) == "now":
			t = weekdayDate(p.ref, wd, 1, true).AddDate(0, 0, 7*(n-1))
			k += 3
		case p.lw(k+1) == "hence":
			t = weekdayDate(p.ref, wd, 1, true).AddDate(0, 0, 7*(n-1))
			k += 2
		case p.lw(k+1) == "back" || p.lw(k+1) == "ago":
			t = weekdayDate(p.ref, wd, -1, true).AddDate(0, 0, -7*(n-1))
			k += 2
		default:
			return res{}, false
		}
		s := fmtDay(t)
		return res{start: i, end: k, typ: doc.Date, value: s, day: s, point: true}, true
	}
	if p.lw(k) == "upcoming" {
		w := p.lw(k + 1)
		if len(w) > 1 && w[len(w)-1] == 's' {
			w = w[:len(w)-1]
		}
		switch u := calUnits[w]; u {
		case "day", "week", "month", "quarter", "year":
			s := thisUnit(p.ref, n, u)
			r := res{start: i, end: k + 2, typ: doc.Date, value: s, point: true}
			if u == "day" {
				r.day = s
			}
			return r, true
		}
	}
	return res{}, false
}
