package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// weekNumber reads an ISO week by its number: "week 31", "week 3 of
// 2027", "week 27 of last year". Capitalised "Week 10" is a sports
// schedule's round as often as a calendar week, so it needs the year
// after it.
func (p *parser) weekNumber(i int) (res, bool) {
	if p.lw(i) != "week" || !p.hasRef {
		return res{}, false
	}
	w := p.lw(i + 1)
	if !allDigits(w) || len(w) > 2 {
		return res{}, false
	}
	n, _ := strconv.Atoi(w)
	if n < 1 || n > 53 {
		return res{}, false
	}
	y, e := p.ref.Year(), i+2
	if p.lw(e) == "of" {
		if yy, ok := p.yearTok(e+1, true); ok {
			y, e = yy, e+2
		} else if d, ok := relDir[p.lw(e+1)]; ok && p.lw(e+2) == "year" && p.lw(e+1) != "following" && p.lw(e+1) != "that" {
			y, e = y+d, e+3
		} else if p.lw(e+1) == "this" && p.lw(e+2) == "year" {
			e += 3
		}
	}
	if e == i+2 && (p.text(i) != "week" || unitFollows(p.lw(e))) {
		return res{}, false
	}
	if n == 53 && fmtWeek(date(y, 12, 28))[6:] != "53" {
		return res{}, false
	}
	return res{start: i, end: e, typ: doc.Date, point: true, value: pad(y, 4) + "-W" + pad(n, 2)}, true
}

// unitFollows reports whether w makes the number before it a count of
// something ("week 3 games", "week 2 of the season" is left to the
// year test above).
func unitFollows(w string) bool {
	if w == "" || strings.ContainsAny(w[:1], ".,;:!?)") {
		return false
	}
	if _, ok := ampm[w]; ok {
		return false
	}
	return w[0] >= 'a' && w[0] <= 'z' && w != "and" && w != "or" && w != "to" && w != "in" && w != "at" && w != "is" && w != "was" && w != "should" && w != "will"
}

// weekdayParts reads a weekday and a part of the day in the plural, a
// set: "Friday mornings" (XXXX-WXX-5TMO), "tuesday afternoons".
func (p *parser) weekdayParts(i int) (res, bool) {
	wd, ok := weekdays[p.lw(i)]
	if !ok {
		return res{}, false
	}
	pod, ok := partsOfDay[strings.TrimSuffix(p.lw(i+1), "s")]
	if !ok || !strings.HasSuffix(p.lw(i+1), "s") || p.lw(i+1) == "overnights" {
		return res{}, false
	}
	return res{start: i, end: i + 2, typ: doc.Set, value: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + pod}, true
}

// nthLast reads "the third last week of 2018", "2nd last week of October
// 2018", "the fifth last day of May": the last such unit of the period,
// counted back.
func (p *parser) nthLast(i int) (res, bool) {
	k := i
	if p.lw(k) == "the" {
		k++
	}
	n, ok := numparseOrdinal(p.lw(k))
	if !ok || n < 2 || n > 10 || p.lw(k+1) != "last" || p.lw(k+3) != "of" {
		return res{}, false
	}
	u := p.lw(k + 2)
	if u != "week" && u != "day" {
		return res{}, false
	}
	saved := p.memory
	r, ok := p.core(k + 1)
	p.memory = saved
	if !ok || r.mod != "" || r.rangeEnd != "" {
		return res{}, false
	}
	switch {
	case u == "day" && len(r.value) == 10 && r.value[0] != 'X':
		y, _ := strconv.Atoi(r.value[:4])
		m, _ := strconv.Atoi(r.value[5:7])
		d, _ := strconv.Atoi(r.value[8:])
		r.value = fmtDay(date(y, m, d).AddDate(0, 0, 1-n))
		r.day = r.value
	case u == "week" && len(r.value) == 8 && r.value[5] == 'W' && r.value[0] != 'X':
		from, _, ok := isoWeekStart(r.value)
		if !ok {
			return res{}, false
		}
		r.value = fmtWeek(from.AddDate(0, 0, -7*(n-1)))
	default:
		return res{}, false
	}
	r.start = i
	return r, true
}
