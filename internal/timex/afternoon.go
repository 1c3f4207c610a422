package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Clock ranges written with bare hours. "The meeting runs between 3 and 5"
// or "from 3:00 to 4:00 tomorrow" says neither am nor pm, and a reader
// takes business hours: an hour from 1 to 6 that starts such a range is
// the afternoon's, since meetings, hearings and polls are not held from 3
// to 5 in the morning. The reading applies only when nothing in the
// expression names a half of the day (am, pm, morning, night, tonight…),
// when no end is written as a 24-hour clock with a leading zero ("03:00"),
// and when the range ends by 9 (a shift "from 5 to 11" stays as written).
// A range whose end comes before its start on the clock ("from 10:30 to
// 3") ends in the afternoon.

// halfDayWords name a half of the day; a range holding one keeps its hours.
var halfDayWords = map[string]bool{
	"morning": true, "mornings": true, "afternoon": true, "evening": true, "night": true, "tonight": true,
	"noon": true, "midnight": true, "dawn": true, "overnight": true, "am": true, "pm": true, "a.m.": true,
	"p.m.": true, "a.m": true, "p.m": true, "a": true, "p": true, "o'clock": true, "oclock": true,
}

// afternoonHours moves the hours of a bare clock range r into the
// afternoon (see above).
func (p *parser) afternoonHours(r *res) {
	if r.typ != doc.TimeOfDay || len(r.value) < 16 || len(r.rangeEnd) < 16 || r.value[10] != 'T' || r.rangeEnd[10] != 'T' {
		return
	}
	for k := r.start; k < r.end; k++ {
		w := p.lw(k)
		if halfDayWords[w] || strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") || strings.HasSuffix(w, ".m.") ||
			len(w) > 1 && w[0] == '0' && w[1] >= '0' && w[1] <= '9' || r.zone != "" {
			return
		}
	}
	h1, _ := strconv.Atoi(r.value[11:13])
	h2, _ := strconv.Atoi(r.rangeEnd[11:13])
	oldEnd := r.rangeEnd
	defer func() {
		if p.fix.value == oldEnd {
			p.fix.value = r.rangeEnd // the end read as its own match
		}
	}()
	switch {
	case h1 >= 1 && h1 <= 6 && h1 < h2 && h2 <= 9:
		r.value = withHour(r.value, h1+12)
		r.rangeEnd = withHour(r.rangeEnd, h2+12)
	case h1 >= 7 && h1 <= 11 && h2 >= 1 && h2 < h1:
		r.rangeEnd = withHour(r.rangeEnd, h2+12)
	default:
		return
	}
	if r.clock != "" {
		r.clock = r.value[11:16]
	}
}

// withHour writes hour h into value v ("2016-11-08T03:00").
func withHour(v string, h int) string {
	return v[:11] + pad(h, 2) + v[13:]
}

// bareHour reports whether w is an hour written with digits alone, "9" or
// "9:30", with no am or pm glued to it.
func bareHour(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != ':' {
			return false
		}
	}
	return true
}

// dayAfter reads a day named right after a clock range, with or without
// "on": "on 1/1/2015", "Friday", "tomorrow". It gives the day's value and
// where it ends.
func (p *parser) dayAfter(k int) (string, int, bool) {
	if p.lw(k) == "on" {
		k++
	}
	d, ok := p.weekday(k)
	if !ok || d.day == "" {
		if d, ok = p.deictic(k); !ok || d.day == "" {
			d, ok = p.absDate(k)
		}
	}
	if !ok || len(d.day) != 10 || d.day[0] == 'X' {
		return "", 0, false
	}
	return d.day, d.end, true
}

// bareHourPair reads two bare hours joined by a range word at k, "7 to
// 9", "7 and 9" (after "between"), for a part of the day named before
// them to place ("tonight from 7 to 9"). The values are on the
// publication day; the caller moves them.
func (p *parser) bareHourPair(k int) (res, bool) {
	h1, m1, ok1 := p.hourAt(k)
	conn := p.lw(k + 1)
	h2, m2, ok2 := p.hourAt(k + 2)
	if !ok1 || !ok2 || h1 < 1 || h1 > 12 || h2 < 1 || h2 > 12 ||
		!rangeConn[conn] && !(conn == "and" && p.lw(k-1) == "between") {
		return res{}, false
	}
	if n := p.lw(k + 3); n != "" && n[0] >= 'a' && n[0] <= 'z' && !afterDayRange[n] {
		return res{}, false // "from 7 to 9 points" is a count
	}
	c1 := pad(h1, 2) + ":" + pad(m1, 2)
	return res{start: k, end: k + 3, typ: doc.TimeOfDay, value: p.clockValue(h1, m1), rangeEnd: p.clockValue(h2, m2), clock: c1}, true
}

// oclockAfterDay reads "4 o'clock" right after a day ("Wednesday 4
// o'clock"): the day makes the hour a clock time, as a preposition would.
func (p *parser) oclockAfterDay(k int) (res, bool) {
	if o := p.lw(k + 1); o != "o'clock" && o != "oclock" {
		return res{}, false
	}
	h, m, ok := p.hourAt(k)
	if !ok || h < 1 || h > 12 || m != 0 {
		return res{}, false
	}
	return p.clockRes(k, k+2, h, 0), true
}

// dottedClock reads a clock time written with a dot, "17.30", "9.15",
// where a day or a weekly set has already made a clock time expected
// ("Thursdays at 17.30"); alone, "at 17.30" is as often a price.
func (p *parser) dottedClock(k int) (res, bool) {
	w := p.lw(k)
	if !strings.Contains(w, ".") {
		return res{}, false
	}
	h, m, colon, ok := parseHM(w)
	if !ok || colon || h > 23 {
		return res{}, false
	}
	return p.clockRes(k, k+1, h, m), true
}

// clockToken reports whether w is a clock time on its own by its suffix:
// "7pm", "7.30am", "19h00", "19h". After a year ("July 18, 2014 7pm") it
// is the time of that date, not a count.
func clockToken(w string) bool {
	k := 0
	for k < len(w) && (isDigit(w[k]) || w[k] == ':' || w[k] == '.') {
		k++
	}
	if k == 0 || k > 5 {
		return false
	}
	suf := w[k:]
	if _, ok := ampm[suf]; ok {
		return true
	}
	return suf == "h" || len(suf) == 3 && suf[0] == 'h' && allDigits(suf[1:])
}
