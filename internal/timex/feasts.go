package timex

import (
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Feasts of the Hebrew and Islamic calendars (hebrew.go, islamic.go) go
// into the holiday registry like any named day, so "Passover 2018",
// "last Ramadan" and "ahead of Eid al-Adha" resolve as "Easter 2018" and
// "last Christmas" do. What they add is kept here: feasts of several days
// are Ranges whose length depends on the calendar, not on the Gregorian
// year, and some names need context before they are read as a date.

// feastSpan gives the last day of a feast of several days from its first
// civil day: a count of days for Hebrew feasts, the month's own end for
// Ramadan. Unlike holidayEnds it is not tied to the Gregorian year, as
// Hanukkah and Ramadan can end in the January after they begin.
var feastSpan = map[string]func(first time.Time) time.Time{}

// feastFirst indexes the first word of the feasts with a span.
var feastFirst = map[string]bool{}

// feastNames are every registered feast name, for the context checks.
var feastNames = map[string]bool{}

// addFeast registers a feast under its name and the same name with a
// typographic apostrophe ("tisha b’av"), with a span of days days after
// the first (0: a single day) or a computed end.
func addFeast(name string, h holiday, days int, end func(time.Time) time.Time) {
	names := []string{name}
	if strings.Contains(name, "'") {
		names = append(names, strings.ReplaceAll(name, "'", "’"))
	}
	if end == nil && days > 0 {
		end = func(t time.Time) time.Time { return t.AddDate(0, 0, days) }
	}
	for _, n := range names {
		addHoliday(n, h)
		feastNames[n] = true
		if end != nil {
			feastSpan[n] = end
			first := n
			if i := strings.IndexByte(n, ' '); i > 0 {
				first = n[:i]
			}
			feastFirst[first] = true
		}
	}
}

// feastEnd gives a holiday found at r its last day when it names a feast
// of several days; "last", "next" and "this" before the name are skipped.
func (p *parser) feastEnd(r res) (string, bool) {
	k := r.start
	if !feastFirst[p.lw(k)] {
		k++
		if !feastFirst[p.lw(k)] {
			return "", false
		}
	}
	for e := r.end; e > k; e-- {
		if end := feastSpan[p.tokensKey(k, e)]; end != nil {
			first, err := time.Parse("2006-01-02", r.value)
			if err != nil {
				return "", false
			}
			return end(first).Format("2006-01-02"), true
		}
	}
	return "", false
}

// feastAfter are words after a feast's name that make it the name of an
// event of some past year ("the Yom Kippur War", "the Ramadan offensive"),
// not the feast of the year at hand.
var feastAfter = map[string]bool{
	"war": true, "offensive": true, "massacre": true, "bombing": true, "bombings": true, "uprising": true,
}

// feastCue are words before a bare name that make it the feast and not a
// surname ("Tariq Ramadan" writes a person; "during Ramadan", "the holy
// month of Ramadan" the month).
var feastCue = map[string]bool{
	"during": true, "in": true, "of": true, "for": true, "before": true, "after": true, "since": true,
	"until": true, "till": true, "through": true, "throughout": true, "the": true, "this": true,
	"last": true, "next": true, "on": true, "by": true, "holy": true, "coming": true, "past": true,
	"previous": true, "upcoming": true, "from": true, "to": true, "at": true, "ahead": true, "whole": true,
	"entire": true, "fasting": true, "start": true, "end": true, "eve": true, "first": true, "second": true,
}

// feastStart are words after a bare name that make it the feast: "Ramadan
// begins on Thursday".
var feastStart = map[string]bool{
	"begins": true, "began": true, "starts": true, "started": true, "ends": true, "ended": true,
	"falls": true, "fell": true, "approaches": true, "arrives": true, "fast": true, "fasting": true,
	"holiday": true, "holidays": true, "festivities": true, "celebrations": true, "prayers": true,
	"processions": true, "commemorations": true, "ceremonies": true, "rituals": true, "festival": true,
	"break": true, "mubarak": true,
}

// personNames are feast names that are also surnames or given names in
// news; alone and capitalised they need a cue.
var personNames = map[string]bool{"ramadan": true, "ramadhan": true, "ramazan": true, "ashura": true, "eid": true}

// capOnly are feast names made of common words ("feast of weeks", "night
// of power"), read only when capitalised or before a year.
var capOnly = map[string]bool{}

// feastContext reports whether the feast name in tokens [j, e) is a date
// where it stands.
func (p *parser) feastContext(name string, j, e int) bool {
	if !feastNames[name] {
		return true
	}
	if feastAfter[p.lw(e)] || name == "eid" && p.yearAfter(e) {
		return false
	}
	if capOnly[name] && !p.isCap(j) && !p.yearAfter(e) {
		return false
	}
	if personNames[name] && p.isCap(j) {
		if p.yearAfter(e) || feastCue[p.lw(j-1)] || feastStart[p.lw(e)] {
			return true
		}
		return false
	}
	return true
}

// feastSpanOf gives a feast of several days found by holiday its Range.
func (p *parser) feastSpanOf(r res, ok bool) (res, bool) {
	if !ok || r.rangeEnd != "" || len(r.value) != 10 || r.value[0] == 'X' {
		return r, ok
	}
	if end, found := p.feastEnd(r); found {
		r.rangeEnd = end
		r.typ = doc.Date
	}
	return r, ok
}

// feastByYear gives, for names of days of the Islamic calendar, the date
// in each Islamic year; a name with two ("Eid") takes either. Being 11
// days shorter than the Gregorian year, the Islamic one puts some feasts
// twice into a Gregorian year (Eid al-Adha on 10 January and 31 December
// 2006), so a name without a year is resolved here, by Islamic year, not
// by holiday's search over Gregorian years.
var feastByYear = map[string][]func(hy int) time.Time{}

// feastNear resolves a bare Islamic feast name against the reference
// date: the latest on or before it (dir -1), the earliest on or after it
// (dir 1; strict excludes the reference day itself) or the nearest. Where
// the moon was sighted a day off the table, a report of the day's feast
// ("was hanged on Eid al-Adha", published on 30 December 2006, the Eid
// the table puts on the 31st) can precede the tabulated day: a day's slack
// either way keeps such a feast from being moved by a year.
func (p *parser) feastNear(name string, dir int, strict bool) (time.Time, bool) {
	series := feastByYear[name]
	if series == nil {
		return time.Time{}, false
	}
	ref := date(p.ref.Year(), int(p.ref.Month()), p.ref.Day())
	const day = 24 * time.Hour
	var best time.Time
	var bestDist time.Duration
	h := hijriYearOf(ref.Year())
	for hy := h - 3; hy <= h+2; hy++ {
		for _, f := range series {
			t := f(hy)
			dist := t.Sub(ref)
			switch {
			case dir == -1 && (dist > day || strict && dist >= 0):
				continue
			case dir == 1 && (dist < -day || strict && dist <= 0):
				continue
			}
			if dist < 0 {
				dist = -dist
			}
			if best.IsZero() || dist < bestDist {
				best, bestDist = t, dist
			}
		}
	}
	return best, !best.IsZero()
}
