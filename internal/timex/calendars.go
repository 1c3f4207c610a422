package timex

import (
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// More named days whose date follows a rule that holds for every year:
// other names of the Easter cycle, the Orthodox moveable feasts (from the
// Julian computus), days moved off a weekend, and the Parsi (Shahenshahi)
// New Year, whose 365-day year without leap days moves it one day earlier
// in the Gregorian calendar every fourth year. Days of lunar calendars
// observed by sighting the moon are not here: no rule gives them.

// orthodoxDay is the Gregorian date n days from Orthodox Easter.
func orthodoxDay(n int) func(int) (int, int) {
	return func(y int) (int, int) { return addDays(y, orthodoxEaster, n) }
}

// easterDay is the Gregorian date n days from Western Easter.
func easterDay(n int) func(int) (int, int) {
	return func(y int) (int, int) { return addDays(y, easter, n) }
}

// weekdayObserved moves a fixed day that falls on a weekend to the nearest
// weekday (Saturday to Friday, Sunday to Monday), as US observances do.
func weekdayObserved(m, d int) func(int) (int, int) {
	return func(y int) (int, int) {
		t := date(y, m, d)
		switch t.Weekday() {
		case time.Saturday:
			t = t.AddDate(0, 0, -1)
		case time.Sunday:
			t = t.AddDate(0, 0, 1)
		}
		return int(t.Month()), t.Day()
	}
}

// kingsDay is the Dutch King's Day: 27 April, or the 26th when the 27th
// is a Sunday.
func kingsDay(y int) (int, int) {
	if date(y, 4, 27).Weekday() == time.Sunday {
		return 4, 26
	}
	return 4, 27
}

// parsiNewYear is the first day of the Shahenshahi year: 17 August 2018,
// moved by 365 days a year.
func parsiNewYear(y int) (int, int) {
	t := date(2018, 8, 17).AddDate(0, 0, 365*(y-2018))
	for t.Year() < y {
		t = t.AddDate(0, 0, 365)
	}
	for t.Year() > y {
		t = t.AddDate(0, 0, -365)
	}
	return int(t.Month()), t.Day()
}

var moreHolidays = map[string]holiday{
	"white sunday":              {0, 0, easterDay(49)},
	"whitsunday":                {0, 0, easterDay(49)},
	"monday of the holy spirit": {0, 0, easterDay(50)},
	"branch sunday":             {0, 0, easterDay(-7)},
	"covenant thursday":         {0, 0, easterDay(-3)},
	"covenant thu":              {0, 0, easterDay(-3)},
	"thursday of mysteries":     {0, 0, easterDay(-3)},
	"thu of mysteries":          {0, 0, easterDay(-3)},
	"lent":                      {0, 0, easterDay(-46)},
	"orthodox great friday":     {0, 0, orthodoxDay(-2)},
	"orthodox holy friday":      {0, 0, orthodoxDay(-2)},
	"clean monday":              {0, 0, orthodoxDay(-48)},
	"orthodox shrove monday":    {0, 0, orthodoxDay(-48)},
	"lazarus saturday":          {0, 0, orthodoxDay(-8)},
	"great fast":                {0, 0, orthodoxDay(-48)},
	"civil rights day":          {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"world vegan day":           {11, 1, nil},
	"new year day":              {1, 1, nil},
	"king 's day":               {0, 0, kingsDay},
	"king's day":                {0, 0, kingsDay},
	"koningsdag":                {0, 0, kingsDay},
	"parsi new year":            {0, 0, parsiNewYear},
	"jamshedi navroz":           {0, 0, parsiNewYear},
	"boss 's day":               {0, 0, weekdayObserved(10, 16)},
	"bosses ' day":              {0, 0, weekdayObserved(10, 16)},
	"boss day":                  {0, 0, weekdayObserved(10, 16)},
}

// holidayEnds gives the last day of named periods, which start on their
// holiday's date: Lent runs from Ash Wednesday to Holy Saturday, the
// Orthodox Great Fast from Clean Monday to the Friday before Lazarus
// Saturday.
var holidayEnds = map[string]func(int) (int, int){
	"lent":       easterDay(-1),
	"great fast": orthodoxDay(-9),
}

// notLower are names that are common words in lower case ("lent" is the
// past of "lend").
var notLower = map[string]bool{"lent": true}

func init() {
	for k, h := range moreHolidays {
		addHoliday(k, h)
	}
}

// addHoliday registers a named day and indexes its first word.
func addHoliday(k string, h holiday) {
	holidays[k] = h
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			holidayFirst[k[:i]] = true
			break
		}
	}
	holidayFirst[k] = true
}

// holidaySpan gives a named period (holidayEnds) found by holiday its
// last day as the end of a Range.
func (p *parser) holidaySpan(r res, ok bool) (res, bool) {
	if !ok || len(r.value) != 10 || r.value[0] == 'X' {
		return r, ok
	}
	y, err := strconv.Atoi(r.value[:4])
	if err != nil {
		return r, ok
	}
	for k := r.start; k < r.end && k < r.start+2; k++ {
		name := p.lw(k)
		if k+1 < r.end && holidayEnds[name] == nil {
			name += " " + p.lw(k+1)
		}
		if hours, ok := holidayHours[name]; ok {
			// "Earth Hour 2016": the hour of that day.
			r.typ = doc.TimeOfDay
			r.value, r.rangeEnd = r.value+"T"+hours[0], r.value+"T"+hours[1]
			return r, true
		}
		if end := holidayEnds[name]; end != nil {
			if notLower[p.lw(k)] && !p.isCap(k) && r.end == k+1 {
				// "lent" alone, in lower case, is a verb.
				return res{}, false
			}
			m, d := end(y)
			r.rangeEnd = fmtYMD(y, m, d)
			r.typ = doc.Date
			return r, true
		}
	}
	return p.feastSpanOf(r, ok)
}

// yearAfter reports whether token k is a year: a name that is a common
// phrase in lower case ("earth day") is the day when a year follows it
// ("earth day 2010").
func (p *parser) yearAfter(k int) bool {
	_, ok := p.yearTok(k, true)
	return ok
}

// holidayWeekend reads the weekend a holiday names: "Labor Day weekend",
// "Halloween weekend 2021", "the weekend of Halloween". A Monday holiday
// closes the weekend before it, a Friday one opens the one after it, a
// Saturday or Sunday is in its own; from Tuesday the weekend before is
// nearer, from Wednesday or Thursday the one after.
func (p *parser) holidayWeekend(i int) (res, bool) {
	k, lead := i, false
	if p.lw(i) == "the" && (p.lw(i+1) == "weekend" || p.lw(i+1) == "week-end") && p.lw(i+2) == "of" {
		k, lead = i+3, true
	}
	if !lead && !holidayFirst[p.lw(i)] {
		return res{}, false
	}
	h, ok := p.holidaySpan(p.holiday(k))
	if !ok || h.rangeEnd != "" || len(h.value) != 10 || h.value[0] == 'X' {
		return res{}, false
	}
	e := h.end
	if !lead {
		if w := p.lw(e); w != "weekend" && w != "week-end" {
			return res{}, false
		}
		e++
	}
	y, _ := strconv.Atoi(h.value[:4])
	m, _ := strconv.Atoi(h.value[5:7])
	d, _ := strconv.Atoi(h.value[8:])
	if yy, ok := p.yearTok(e, true); ok && !lead {
		// "Halloween weekend 2021": the year after the weekend.
		if hd, ok := holidays[p.tokensKey(k, h.end)]; ok {
			y, e = yy, e+1
			m, d = hd.month, hd.day
			if hd.calc != nil {
				m, d = hd.calc(y)
			}
		}
	}
	t := date(y, m, d)
	shift := map[time.Weekday]int{
		time.Monday: -2, time.Tuesday: -3, time.Wednesday: 3, time.Thursday: 2, time.Friday: 1,
		time.Saturday: 0, time.Sunday: -1,
	}[t.Weekday()]
	sat := t.AddDate(0, 0, shift)
	return res{start: i, end: e, typ: doc.Date, point: true, value: fmtWeek(sat) + "-WE"}, true
}

// tokensKey joins the lower-case tokens [a, b) with spaces, as holiday
// names are keyed.
func (p *parser) tokensKey(a, b int) string {
	key := ""
	for k := a; k < b; k++ {
		if key != "" {
			key += " "
		}
		key += p.lw(k)
	}
	return key
}
