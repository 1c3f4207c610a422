package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Intervals. TimeML has no value for "July 13–15": a Range match keeps
// the start as Value and both ends in Range. When the two ends are
// separate expressions ("from Monday to Wednesday") the news default keeps
// two TIMEX3s, as TimeML corpora annotate them, and puts the Range on the
// first; Options.Intervals makes one match of the whole interval, as case
// lists and calendar queries expect. An end that is not an expression on
// its own ("12 to 16 September", "between 2 and 4 p.m.") borrows the rest
// of its value from the other end and is always one match.

// rangeConn joins the two ends of an interval.
var rangeConn = map[string]bool{
	"-": true, "–": true, "—": true, "to": true, "through": true, "thru": true, "till": true, "until": true,
}

// afterDayRange may follow "July 13 to 15" without making 15 a count.
var afterDayRange = map[string]bool{
	"in": true, "at": true, "on": true, "and": true, "of": true, "this": true, "next": true, "last": true,
	"when": true, "while": true, "for": true, "with": true, "but": true, "or": true,
}

// splitRange cuts a token such as "13-15" or "3:30-6pm" at its one dash.
func splitRange(w string) (a, b string, ok bool) {
	k := strings.IndexAny(w, "-–")
	if k <= 0 {
		return "", "", false
	}
	a = w[:k]
	b = w[k+1:]
	if w[k] != '-' {
		b = w[k+len("–"):]
	}
	if b == "" || a[0] < '0' || a[0] > '9' || b[0] < '0' || b[0] > '9' || strings.ContainsAny(b, "-–") {
		return "", "", false
	}
	return a, b, true
}

func dayOf(s string) (int, bool) {
	n := len(s)
	if n > 2 {
		switch s[n-2:] {
		case "st", "nd", "rd", "th":
			s = s[:n-2]
		}
	}
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	v, _ := strconv.Atoi(s)
	return v, v >= 1 && v <= 31
}

// withDay writes day d into a day value "2013-09-16" or "XXXX-09-16".
func withDay(day string, d int) string {
	if len(day) < 10 {
		return ""
	}
	return day[:8] + pad(d, 2)
}

func (p *parser) clockValue(h, m int) string {
	c := pad(h, 2) + ":" + pad(m, 2)
	if p.hasRef {
		return fmtDay(p.ref) + "T" + c
	}
	return "XXXX-XX-XXT" + c
}

// rangeAt reads intervals that start with a number that is not an
// expression alone or that sit inside one token: "2014-2018", "July
// 13-15", "1-8 September", "12 to 16 September", "3-4pm", "9:30-11:00",
// "between 2 and 4 p.m.".
func (p *parser) rangeAt(i int) (res, bool) {
	w := p.lw(i)
	if m, ok := months[w]; ok && p.monthOK(i) {
		if r, ok := p.crossMonth(i, m); ok {
			return r, true
		}
		// "July 13-15", "July 13-15, 2024".
		a, b, ok := splitRange(p.lw(i + 1))
		k := i + 2
		if !ok && rangeConn[p.lw(i+2)] && p.lw(i+2) != "until" && p.lw(i+2) != "till" {
			// "July 13 to 15", "April 9th through 17th"
			// Not "July 13 to 15 people": a count would take a noun.
			n := p.lw(i + 4)
			if _, isMonth := months[n]; !isMonth && (n == "" || n[0] < 'a' || n[0] > 'z' || afterDayRange[n]) {
				a, b, ok = p.lw(i+1), p.lw(i+3), true
				k = i + 4
			}
		}
		d1, ok1 := dayOf(a)
		d2, ok2 := dayOf(b)
		if !ok || !ok1 || !ok2 || d2 <= d1 || !validDay(0, m, d2) {
			return res{}, false
		}
		r := res{start: i, end: k, typ: doc.Date}
		e := k
		if p.lw(k) == "," {
			k++
		}
		if y, ok := p.yearTok(k, true); ok {
			r.end = k + 1
			r.value, r.rangeEnd = fmtYMD(y, m, d1), fmtYMD(y, m, d2)
			return r, true
		}
		end := p.resolveDay(m, d2, i, e)
		r.value, r.rangeEnd = withDay(end, d1), end
		return r, true
	}
	if w == "" {
		return res{}, false
	}
	if r, ok := p.monthPair(i); ok {
		return r, true
	}
	if w[0] < '0' || w[0] > '9' {
		// "five to seven today": hours in words, before a range word.
		if n := p.lw(i + 1); !rangeConn[n] && !(n == "and" && p.lw(i-1) == "between") {
			return res{}, false
		}
		if _, _, ok := p.hourAt(i); !ok {
			return res{}, false
		}
	}
	if a, b, ok := splitRange(w); ok {
		// "2014-2018"
		if len(a) == 4 && len(b) == 4 && allDigits(a) && allDigits(b) {
			y1, _ := strconv.Atoi(a)
			y2, _ := strconv.Atoi(b)
			if y1 >= 1000 && y2 > y1 && y2 < 2200 && y2-y1 < 200 {
				return res{start: i, end: i + 1, typ: doc.Date, value: a, rangeEnd: b}, true
			}
			return res{}, false
		}
		// "1-8 September"
		if d1, ok := dayOf(a); ok {
			if d2, ok := dayOf(b); ok && d2 > d1 {
				e, ok := p.absDate(i + 1)
				if ok && e.day == "" && len(e.value) == 7 && e.mod == "" {
					e.day = e.value + "-01" // "1-8 September": the month alone
				}
				if ok && len(e.day) == 10 {
					return res{start: i, end: e.end, typ: doc.Date, value: withDay(e.day, d1), rangeEnd: withDay(e.day, d2)}, true
				}
			}
		}
		if r, ok := p.numericPair(i, a, b); ok {
			return r, true
		}
		// "3-4pm", "9:30-11:00", "3:30-6 p.m."
		if r, ok := p.clockPair(i, a, b, i+1); ok {
			return r, true
		}
		return res{}, false
	}
	// "12 to 16 September", "23rd to 26th Oct", "between 2 and 4 p.m.".
	k := i + 1
	conn := p.lw(k)
	if !rangeConn[conn] && !(conn == "and" && p.lw(i-1) == "between") {
		return res{}, false
	}
	if d1, ok := dayOf(w); ok {
		if e, ok := p.absDate(k + 1); ok && len(e.day) == 10 {
			if d2, _ := strconv.Atoi(e.day[8:]); d2 > d1 {
				return res{start: i, end: e.end, typ: doc.Date, value: withDay(e.day, d1), rangeEnd: e.day}, true
			}
		}
	}
	if p.minutesTo(i, k) {
		return res{}, false // "at ten to midnight" is 23:50 (clockOffset)
	}
	if h, m, ok := p.hourAt(i); ok && h >= 1 && h <= 12 {
		c, ok := p.clock(k + 1)
		if !ok || c.clock == "" {
			c, ok = p.wordClock(k + 1)
		}
		var written res
		if ok && c.clock != "" {
			h2, _ := strconv.Atoi(c.clock[:2])
			m2 := 0
			if len(c.clock) >= 5 {
				m2, _ = strconv.Atoi(c.clock[3:5])
			}
			// "between 2 and 4 p.m.", "between 7 and 7:30 p.m.": the
			// start takes the end's afternoon, unless it is written as
			// a 24-hour clock ("06:00", "0600") or would then start at
			// or after the end ("from 6:00 to 18:00" is twelve hours,
			// not none).
			if h2 >= 12 && (h+12 < h2 || h+12 == h2 && m < m2) && p.lw(i)[0] != '0' {
				h += 12
			}
			r := res{start: i, end: c.end, typ: doc.TimeOfDay, value: p.clockValue(h, m), rangeEnd: c.value,
				clock: pad(h, 2) + ":" + pad(m, 2), zone: c.zone}
			if len(c.value) > 11 {
				r.value = c.value[:len(c.value)-5] + pad(h, 2) + ":" + pad(m, 2)
			}
			if c.end != k+2 || !bareHour(p.lw(k+1)) {
				return r, true
			}
			// "between 7 and 9:30 last night": a bare end may still
			// take a part of the day from what follows.
			written = r
		}
		// "between 7 and 9 last night", "from 5 to 6 in the afternoon":
		// bare hours take their half of the day from what follows.
		h2, m2, ok := p.hourAt(k + 1)
		if b := p.lw(i - 1); ok && h2 >= 1 && h2 <= 12 && (b == "between" || b == "from") {
			e := k + 2
			day, pod := fmtDay(p.ref), ""
			if !p.hasRef {
				day = "XXXX-XX-XX"
			}
			if v, n := p.dayHalf(e, h2); n > 0 {
				pod, e = "AF", e+n
				if v == 0 {
					pod = "MO"
				}
			} else if d, ok := p.deictic(e); ok && len(d.value) == 13 && d.value[10] == 'T' && d.value[0] != 'X' {
				day, pod, e = d.value[:10], d.value[11:], d.end
			} else if ok && len(d.value) == 10 && d.value[0] != 'X' {
				// "between 3 and 8 yesterday": the hours as written.
				day, pod, e = d.value, "-", d.end
			} else if dd, de, ok := p.dayAfter(e); ok {
				// "between 3 and 5 on 1/1/2015", "from 10:30 to 3 Friday".
				day, pod, e = dd, "-", de
			}
			if pod != "" {
				c1 := pad(podHour(pod, h), 2) + ":" + pad(m, 2)
				c2 := pad(podHour(pod, h2), 2) + ":" + pad(m2, 2)
				return res{start: i, end: e, typ: doc.TimeOfDay, value: day + "T" + c1, rangeEnd: day + "T" + c2, clock: c1}, true
			}
		}
		if written.end > 0 {
			return written, true
		}
	}
	return res{}, false
}

// hourAt reads an hour written alone: "7", "9:30", "seven".
func (p *parser) hourAt(k int) (h, m int, ok bool) {
	w := p.lw(k)
	if w == "" {
		return 0, 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		h, m, _, ok = parseHM(w)
		return h, m, ok && h <= 24
	}
	v, e, ok := p.count(k)
	if !ok || e != k+1 || v < 1 || v > 12 || v != float64(int(v)) {
		return 0, 0, false
	}
	return int(v), 0, true
}

// clockPair reads the two clock times of one token "3-4pm" or "9:30-11:00",
// with an am/pm in the next token applying to both.
func (p *parser) clockPair(i int, a, b string, e int) (res, bool) {
	// "1pm-2pm", "10am-2pm": the start with its own am/pm.
	pm1, hasAP1 := -1, false
	for k := 0; k < len(a); k++ {
		if c := a[k]; (c < '0' || c > '9') && c != ':' && c != '.' {
			v, ok := ampm[a[k:]]
			if !ok {
				return res{}, false
			}
			pm1, hasAP1, a = v, true, a[:k]
			break
		}
	}
	h1, m1, _, ok := parseHM(a)
	if !ok {
		return res{}, false
	}
	num, suffix := b, ""
	for k := 0; k < len(b); k++ {
		if c := b[k]; (c < '0' || c > '9') && c != ':' && c != '.' {
			num, suffix = b[:k], b[k:]
			break
		}
	}
	h2, m2, _, ok := parseHM(num)
	if !ok {
		return res{}, false
	}
	pm, hasAP := ampm[suffix]
	if suffix != "" && !hasAP {
		return res{}, false
	}
	if !hasAP {
		if v, ok := ampm[p.lw(e)]; ok {
			pm, hasAP = v, true
			e++
		}
	}
	if hasAP1 && !hasAP {
		return res{}, false
	}
	if hasAP {
		if h2 < 1 || h2 > 12 || h1 < 1 || h1 > 12 {
			return res{}, false
		}
		h2 = h2%12 + pm
		switch {
		case hasAP1:
			h1 = h1%12 + pm1
		case pm == 12 && h1%12+12 <= h2:
			h1 = h1%12 + 12
		}
	} else if !strings.Contains(a, ":") || !strings.Contains(num, ":") || h1 > 24 || h2 > 24 {
		// Bare "3-4" is a score or a count, not a time.
		return res{}, false
	}
	if !hasAP && h2 < h1 && h2 >= 1 && h2 < 12 && h2+12 > h1 {
		// "11:30-1:30": the end is the afternoon's.
		h2 += 12
	}
	return res{start: i, end: e, typ: doc.TimeOfDay, value: p.clockValue(h1, m1), rangeEnd: p.clockValue(h2, m2),
		clock: pad(h1, 2) + ":" + pad(m1, 2)}, true
}

// extendRange joins r with a following expression of the same type after a
// range word: "from 1990 to 1994", "Monday through Wednesday", "9:30 till
// 11:00 on Thursday". merge makes one match of both.
func (p *parser) extendRange(r *res, merge bool) {
	if r.typ != doc.Date && r.typ != doc.TimeOfDay || r.rangeEnd != "" {
		return
	}
	k := r.end
	conn := p.lw(k)
	if !rangeConn[conn] && !(conn == "and" && p.lw(r.start-1) == "between") {
		return
	}
	if e, ok := p.toDate(r, k); ok {
		// "from March to date": up to the publication day.
		r.rangeEnd = fmtDay(p.ref)
		if merge {
			r.end = e
		}
		return
	}
	untilOnly := (conn == "till" || conn == "until") && p.lw(r.start-1) != "from" && !merge
	if untilOnly && r.clock == "" {
		return // "closed on Monday until Friday" is not an interval
	}
	r2, ok := p.at(k + 1)
	if !ok && p.bareEnd(r, k+1) {
		return // "open 8am until 6"
	}
	if !ok || r2.skip || r2.typ != r.typ || r2.rangeEnd != "" {
		return
	}
	if untilOnly && (r2.clock == "" || r2.start != k+1) {
		// "open 8am until 6pm" is one: a clock time up to another.
		return
	}
	if r.clock != "" && r.onRef && len(r2.value) == 16 && r2.value[0] != 'X' && startsWithDigit(p.lw(r2.start)) {
		// "9:30 till 11:00 on Thursday": the start is on the end's day.
		r.value = r2.value[:len(r2.value)-5] + r.clock
	} else if r.clock != "" && !r.onRef && r2.onRef && len(r.value) == 16 && len(r2.value) == 16 && r.value[0] != 'X' {
		// "between 2:00 tomorrow and 4:00": the end is on the start's day.
		r2.value = r.value[:11] + r2.value[11:]
	}
	p.shareYear(r, &r2)
	p.order(r, &r2)
	if r.zone == "" && r.clock != "" {
		r.zone = r2.zone // "9h30 - 11h00 CST": one zone for both ends
	}
	r.rangeEnd = r2.value
	if r2.value == "PRESENT_REF" && p.hasRef && r.typ == doc.Date {
		// "between Jan 2019 and now": the interval ends on the
		// publication day; "now" alone keeps its TimeML value.
		r.rangeEnd = fmtDay(p.ref)
	}
	if merge {
		r.end = r2.end
	} else {
		p.fix = endFix{start: r2.start, end: r2.end, value: r2.value}
	}
}

// crossMonth reads a day range across two months, "June 28-July 3",
// "Nov. 18-Dec. 19, 2015", whose middle token glues the first day to
// the second month.
func (p *parser) crossMonth(i, m1 int) (res, bool) {
	j := i + 1
	if p.lw(j) == "." {
		j++ // "Nov." split from its period
	}
	mid := strings.TrimSuffix(p.lw(j), ".")
	k := strings.IndexAny(mid, "-–")
	if k <= 0 {
		return res{}, false
	}
	e := j + 1
	if p.lw(e) == "." {
		e++
	}
	d1, ok1 := dayOf(mid[:k])
	m2, ok2 := months[strings.TrimLeft(mid[k:], "-–")]
	d2, ok3 := p.dayNum(e)
	if !ok1 || !ok2 || !ok3 || !validDay(0, m1, d1) || !validDay(0, m2, d2) {
		return res{}, false
	}
	r := res{start: i, end: e + 1, typ: doc.Date}
	k = e + 1
	if p.lw(k) == "," {
		k++
	}
	if y, ok := p.yearTok(k, true); ok {
		y1 := y
		if m1 > m2 {
			y1--
		}
		r.end, r.value, r.rangeEnd = k+1, fmtYMD(y1, m1, d1), fmtYMD(y, m2, d2)
		return r, true
	}
	end := p.resolveDay(m2, d2, i, e+1)
	y, err := strconv.Atoi(end[:4])
	if err != nil {
		r.value, r.rangeEnd = fmtYMD(0, m1, d1), end
		return r, true
	}
	if m1 > m2 {
		y--
	}
	r.value, r.rangeEnd = fmtYMD(y, m1, d1), end
	return r, true
}

// monthPair reads two months joined by a dash in one token, "January-March
// 2017", "Jan-Feb 2017", "Nov-Feb 2017" (November 2016 to February 2017).
func (p *parser) monthPair(i int) (res, bool) {
	t := p.text(i)
	k := strings.IndexAny(t, "-–")
	if k <= 0 || t[0] < 'A' || t[0] > 'Z' {
		return res{}, false
	}
	a, b := strings.ToLower(strings.TrimSuffix(t[:k], ".")), strings.ToLower(strings.TrimPrefix(t[k:], "-"))
	b = strings.TrimSuffix(strings.TrimPrefix(b, "–"), ".")
	m1, ok1 := months[a]
	m2, ok2 := months[b]
	if !ok1 || !ok2 || m1 == m2 {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: doc.Date}
	if y, ok := p.yearTok(i+1, true); ok {
		y1 := y
		if m1 > m2 {
			y1--
		}
		r.end, r.value, r.rangeEnd = i+2, fmtMonth(y1, m1), fmtMonth(y, m2)
		return r, true
	}
	if !p.hasRef {
		r.value, r.rangeEnd = "XXXX-"+pad(m1, 2), "XXXX-"+pad(m2, 2)
		return r, true
	}
	end := p.resolveMonth(m2, i, i+1, 0, false)
	y, _ := strconv.Atoi(end[:4])
	if m1 > m2 {
		y--
	}
	r.value, r.rangeEnd = fmtMonth(y, m1), end
	return r, true
}

// shareYear gives the start of an interval the year written only at its
// end: "from January to April 2015" is January 2015, "from November to
// February 2017" November 2016.
func (p *parser) shareYear(r, r2 *res) {
	if r.typ != doc.Date || len(r.value) != 7 && len(r.value) != 10 || r.value[0] == 'X' && r.value[:4] != "XXXX" {
		return
	}
	if len(r2.value) < 7 || r2.value[0] < '0' || r2.value[0] > '9' || r2.value[4] != '-' {
		return
	}
	written := func(x *res) bool {
		for k := x.start; k < x.end; k++ {
			if _, ok := p.yearTok(k, true); ok {
				return true
			}
		}
		return false
	}
	hasMonth := false
	for k := r.start; k < r.end; k++ {
		if months[p.lw(k)] > 0 {
			hasMonth = true
		}
		if edgeAroundDirs[p.lw(k)] != 0 || p.lw(k) == "this" {
			return // "from this May to Oct 2020": this May is this year's
		}
	}
	if !hasMonth || written(r) || !written(r2) {
		return
	}
	y, err := strconv.Atoi(r2.value[:4])
	if err != nil {
		return
	}
	n := min(len(r.value), len(r2.value))
	if r.value[5:n] > r2.value[5:n] {
		y-- // "November to February 2017"
	}
	v := pad(y, 4) + r.value[4:]
	if len(v) == 10 {
		m, _ := strconv.Atoi(v[5:7])
		d, _ := strconv.Atoi(v[8:])
		if !validDay(y, m, d) {
			return
		}
	}
	r.value = v
	if r.day != "" {
		r.day = v
	}
}

// endFix carries the corrected value of an interval's second end to the
// match it becomes on its own ("from Monday to Wednesday").
type endFix struct {
	start, end int
	value      string
	// night marks an end moved to the next day by overnight: the day
	// last named must not take it back, nor become the next day.
	night bool
}

// order makes an interval run forward when its ends were resolved apart.
// Each end of "from Monday to Wednesday" or "from December to March" is
// read on its own, so said on a Tuesday in the past tense Monday is
// yesterday and Wednesday the one before. An end named by a weekday, a
// month or a day of a month without a year moves by its cycle: when both
// ends are past the start moves back (they met Monday to Wednesday of
// last week), otherwise the end moves forward ("from next Monday to
// Friday").
func (p *parser) order(r, r2 *res) {
	if r.typ != doc.Date || len(r.value) != len(r2.value) || r2.value >= r.value || r.value[0] == 'X' || r2.value[0] == 'X' {
		return
	}
	cycle := func(x *res) (years, days int, ok bool) {
		if x.absY != 0 {
			return 0, 0, false
		}
		hasMonth := false
		for k := x.start; k < x.end; k++ {
			w := p.lw(k)
			if _, y := p.yearTok(k, true); y {
				return 0, 0, false
			}
			if months[w] > 0 {
				hasMonth = true
			}
		}
		for k := x.start; k < x.end; k++ {
			if weekdays[p.lw(k)] > 0 && !hasMonth && len(x.value) == 10 {
				return 0, 7, true
			}
		}
		return 1, 0, hasMonth && (len(x.value) == 10 || len(x.value) == 7)
	}
	y1, d1, ok1 := cycle(r)
	y2, d2, ok2 := cycle(r2)
	if !ok1 || !ok2 || y1 != y2 || d1 != d2 {
		return
	}
	move := func(v string, n int) string {
		if len(v) == 7 {
			t, err := time.Parse("2006-01", v)
			if err != nil {
				return v
			}
			t = t.AddDate(n*y1, 0, 0)
			return fmtMonth(t.Year(), int(t.Month()))
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return v
		}
		return fmtDay(t.AddDate(n*y1, 0, n*d1))
	}
	today := fmtDay(p.ref)[:len(r2.value)]
	if p.hasRef && r.value <= today && r2.value <= today {
		if v := move(r.value, -1); v <= r2.value {
			r.value = v
			if r.day != "" {
				r.day = v
			}
		}
		return
	}
	// A weekday can trail a "next" start by more than a week.
	v := r2.value
	for n := 0; n < 3 && v < r.value; n++ {
		v = move(v, 1)
	}
	if v >= r.value {
		r2.value = v
	}
}

// numericPair reads two numeric dates joined by a dash in one token,
// "10/1/2018-10/7/2018", "5/1-5/7/2020", "10/1-11/2/2017" (the start
// takes the end's year, or the year before when its month comes later),
// and "5/1-5/7, 2020" with the year after a comma. Both ends must be
// written with slashes the same way, so a score or a ratio pair ("3-2")
// is not a date.
func (p *parser) numericPair(i int, a, b string) (res, bool) {
	if !strings.Contains(a, "/") || strings.Count(a, "/") > strings.Count(b, "/") {
		return res{}, false
	}
	y1, m1, d1, ok1 := parseNumericDate(a)
	y2, m2, d2, ok2 := parseNumericDate(b)
	if !ok1 || !ok2 {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: doc.Date}
	written := y2 != 0
	if y2 == 0 {
		k := i + 1
		if p.lw(k) == "," {
			k++
		}
		if y, ok := p.yearTok(k, true); ok {
			y2, r.end, written = y, k+1, true
		}
	}
	if y2 == 0 {
		// Both without a year: a date only where one is expected.
		if !p.shortDateAt(i) {
			return res{}, false
		}
		end := p.resolveDay(m2, d2, i, r.end)
		y2, _ = strconv.Atoi(end[:4])
		if end[0] == 'X' {
			y2 = 0
		}
	}
	if y1 == 0 {
		y1 = y2
		if y2 != 0 && (m1 > m2 || m1 == m2 && d1 > d2) {
			y1--
		}
	}
	if !validDay(y1, m1, d1) || !validDay(y2, m2, d2) {
		return res{}, false
	}
	if y1 != 0 && y2 != 0 && !date(y1, m1, d1).Before(date(y2, m2, d2)) {
		return res{}, false
	}
	r.value, r.rangeEnd = fmtYMD(y1, m1, d1), fmtYMD(y2, m2, d2)
	if written {
		r.absY, r.absM, r.absD = y1, m1, d1
	}
	return r, true
}
