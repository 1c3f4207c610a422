package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Weeks and quarters named by their place: "the first week of October",
// "the last week of 2016", "the 3rd week of 2018", and quarters and halves
// glued to their year as reports write them: "2017-Q1", "2018Q4", "2017
// q1", "2019 H2".

// weekOf reads "(the) Nth week of <month or year>". A week of a month is
// the Nth Monday-to-Sunday week that starts in it (the last is the last
// one that ends in it); a week of a year is its ISO week.
func (p *parser) weekOf(i int) (res, bool) {
	j := i
	if p.lw(j) == "the" {
		j++
	}
	if r, ok := p.weekOfDay(i, j); ok {
		return r, true
	}
	n, ok := nthWords[p.lw(j)]
	if !ok || p.lw(j+1) != "week" || (p.lw(j+2) != "of" && p.lw(j+2) != "in") {
		return res{}, false
	}
	k := j + 3
	r := res{start: i, typ: doc.Date, point: true}
	if _, isMonth := months[p.lw(k)]; isMonth || p.lw(k) == "the" || relDir[p.lw(k)] != 0 || p.lw(k) == "this" {
		y, m, e, ok := p.monthValue(k)
		if !ok {
			return res{}, false
		}
		first := date(y, m, 1)
		mon := first.AddDate(0, 0, (8-isoWeekday(first))%7) // the first Monday
		if n < 0 {
			last := date(y, m+1, 0)
			mon = last.AddDate(0, 0, -(isoWeekday(last)%7)-6) // the Monday before the last Sunday
		} else {
			mon = mon.AddDate(0, 0, 7*(n-1))
		}
		if int(mon.Month()) != m {
			return res{}, false
		}
		r.end, r.value = e, fmtWeek(mon)
		return r, true
	}
	y, ok := p.yearTok(k, true)
	if !ok {
		return res{}, false
	}
	r.end = k + 1
	if n < 0 {
		// The ISO week of 28 December is the year's last.
		r.value = fmtWeek(date(y, 12, 28))
	} else {
		r.value = pad(y, 4) + "-W" + pad(n, 2)
	}
	return r, true
}

// yearQuarter reads a quarter or half glued to its year: "2017-q1",
// "2018q4", "2019-h2", or in two tokens "2017 q1", "2019 H2".
func (p *parser) yearQuarter(i int) (res, bool) {
	w := p.lw(i)
	y, part, end := 0, "", i+1
	if len(w) >= 6 && allDigits(w[:4]) {
		part = strings.TrimPrefix(w[4:], "-")
		y, _ = strconv.Atoi(w[:4])
	} else if yy, ok := p.yearTok(i, true); ok {
		y, part, end = yy, p.lw(i+1), i+2
	}
	if y < 1000 || len(part) != 2 {
		return res{}, false
	}
	switch {
	case part[0] == 'q' && part[1] >= '1' && part[1] <= '4':
		return res{start: i, end: end, typ: doc.Date, point: true, namesQuarter: true, value: pad(y, 4) + "-Q" + part[1:]}, true
	case part[0] == 'h' && (part[1] == '1' || part[1] == '2'):
		return res{start: i, end: end, typ: doc.Date, point: true, value: pad(y, 4) + "-H" + part[1:]}, true
	}
	return res{}, false
}

// weekOfDay reads a week named by one of its days: "the week of March 3",
// "the week of the 18th", "the week beginning (on) February 4", "the week
// starting Monday", "w/c 4 Feb". Schedules and reports use the day to name
// the week, so the value is the ISO week that holds it (Monday to
// Sunday); j is the token after an optional "the".
func (p *parser) weekOfDay(i, j int) (res, bool) {
	k := -1
	switch {
	case p.lw(j) == "w/c" && j == i:
		k = j + 1
	case p.lw(j) == "week" && j > i:
		switch p.lw(j + 1) {
		case "of":
			k = j + 2
		case "beginning", "starting", "commencing":
			k = j + 2
			if p.lw(k) == "on" {
				k++
			}
		}
	}
	if k < 0 {
		return res{}, false
	}
	d, ok := p.absDate(k)
	if !ok || len(d.value) != 10 || d.value[0] == 'X' || d.mod != "" {
		d, ok = p.theDay(k)
	}
	if !ok || len(d.value) != 10 || d.value[0] == 'X' || d.mod != "" {
		return res{}, false
	}
	y, _ := strconv.Atoi(d.value[:4])
	m, _ := strconv.Atoi(d.value[5:7])
	dd, _ := strconv.Atoi(d.value[8:])
	if !validDay(y, m, dd) {
		return res{}, false
	}
	return res{start: i, end: d.end, typ: doc.Date, point: true, value: fmtWeek(date(y, m, dd))}, true
}
