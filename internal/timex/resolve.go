package timex

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Calendar arithmetic and TimeML value formatting. Everything works on
// dates at midnight UTC so that day arithmetic never crosses a DST change.

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func fmtDay(t time.Time) string {
	return pad(t.Year(), 4) + "-" + pad(int(t.Month()), 2) + "-" + pad(t.Day(), 2)
}

func fmtMonth(y, m int) string { return pad(y, 4) + "-" + pad(m, 2) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

func fmtYMD(y, m, d int) string {
	ys := "XXXX"
	if y > 0 {
		ys = pad(y, 4)
	}
	return ys + "-" + pad(m, 2) + "-" + pad(d, 2)
}

// validDay reports whether day d exists in month m of year y (any leap
// year when y is unknown).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y <= 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// nthWeekday returns the day of month of the n-th ISO weekday wd in (y, m).
func nthWeekday(y, m, wd, n int) int {
	first := date(y, m, 1)
	off := (wd - isoWeekday(first) + 7) % 7
	return 1 + off + 7*(n-1)
}

func lastWeekday(y, m, wd int) int {
	last := date(y, m, daysIn(y, m))
	return last.Day() - (isoWeekday(last)-wd+7)%7
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// easter returns the month and day of Western Easter Sunday (anonymous
// Gregorian algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// orthodoxEaster returns the Gregorian month and day of Eastern Orthodox
// Easter: the Julian computus, moved to the Gregorian calendar.
func orthodoxEaster(y int) (int, int) {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	// Julian to Gregorian: 13 days in 1900-2099.
	t := date(y, month, day).AddDate(0, 0, y/100-y/400-2)
	return int(t.Month()), t.Day()
}

func addDays(y int, f func(int) (int, int), n int) (int, int) {
	m, d := f(y)
	t := date(y, m, d).AddDate(0, 0, n)
	return int(t.Month()), t.Day()
}

// fmtNum writes a duration count: integers plainly, fractions with one
// decimal place ("1.5").
func fmtNum(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// durationValue builds a TimeML duration value for n units. A fraction
// goes to the next smaller unit, as TimeML writes it: alongside the whole
// units when there are some ("2 1/2 years" → P2Y6M, "5 1/2 hours" →
// PT5H30M, "a minute and a half" → PT1M30S), alone when there are none
// ("half an hour" → PT30M, "half a year" → P6M).
func durationValue(n float64, u unit) string {
	n *= float64(u.mult)
	code := u.code
	clock := u.clock
	if n != float64(int64(n)) {
		whole := math.Floor(n)
		frac := n - whole
		// The smaller unit, how many of it make one, and whether it is
		// written after the T.
		var sub string
		var per float64
		subClock := clock
		switch {
		case code == "Y":
			sub, per = "M", 12
		case code == "M" && !clock && n < 1:
			sub, per = "D", 30
		case code == "W":
			sub, per = "D", 7
		case code == "D" && !clock:
			sub, per, subClock = "H", 24, true
		case code == "H":
			sub, per = "M", 60
		case code == "M" && clock:
			sub, per = "S", 60
		}
		if r := frac * per; sub != "" && r == math.Trunc(r) {
			if whole == 0 || code == "W" {
				// A week and a half is ten and a half days, not P1W3.5D.
				if n*per == math.Trunc(n*per) {
					return durationValue(n*per, unit{code: sub, clock: subClock, mult: 1})
				}
			} else {
				head := "P" + fmtNum(whole) + code
				if clock {
					head = "PT" + fmtNum(whole) + code
				}
				if subClock && !clock {
					return head + "T" + fmtNum(r) + sub
				}
				return head + fmtNum(r) + sub
			}
		}
	}
	if clock {
		return "PT" + fmtNum(n) + code
	}
	return "P" + fmtNum(n) + code
}

// shift moves t by n units and formats the result at the unit's
// granularity: "two days ago" → a day, "three weeks ago" → a week, "a
// year ago" → a year.
func shift(t time.Time, n int, u unit) string {
	n *= u.mult
	switch {
	case u.clock && u.code == "H":
		return fmtClock(t.Add(time.Duration(n) * time.Hour))
	case u.clock && u.code == "M":
		return fmtClock(t.Add(time.Duration(n) * time.Minute))
	case u.clock:
		return fmtClock(t.Add(time.Duration(n) * time.Second))
	case u.code == "D":
		return fmtDay(t.AddDate(0, 0, n))
	case u.code == "W" || u.code == "WE":
		s := fmtWeek(t.AddDate(0, 0, 7*n))
		if u.code == "WE" {
			s += "-WE"
		}
		return s
	case u.code == "M":
		m := date(t.Year(), int(t.Month()), 1).AddDate(0, n, 0)
		return fmtMonth(m.Year(), int(m.Month()))
	default:
		y := t.Year() + n
		switch u.mult {
		case 10:
			if n == 10 || n == -10 {
				return pad(y, 4)
			}
			return pad(y, 4)
		case 100:
			return pad(y/100, 2)
		}
		return pad(y, 4)
	}
}

func fmtClock(t time.Time) string {
	return fmtDay(t) + "T" + pad(t.Hour(), 2) + ":" + pad(t.Minute(), 2)
}

// thisUnit formats the unit containing t shifted by n whole units ("this
// week" n=0, "last month" n=-1, "next year" n=1).
func thisUnit(t time.Time, n int, u string) string {
	switch u {
	case "day":
		return fmtDay(t.AddDate(0, 0, n))
	case "week":
		return fmtWeek(t.AddDate(0, 0, 7*n))
	case "weekend":
		return fmtWeek(t.AddDate(0, 0, 7*n)) + "-WE"
	case "month":
		m := date(t.Year(), int(t.Month()), 1).AddDate(0, n, 0)
		return fmtMonth(m.Year(), int(m.Month()))
	case "quarter":
		q := (int(t.Month())-1)/3 + n
		y := t.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return pad(y, 4) + "-Q" + strconv.Itoa(q+1)
	case "year":
		return pad(t.Year()+n, 4)
	case "decade":
		return pad(t.Year()/10+n, 3)
	case "century":
		return pad(t.Year()/100+n, 2)
	}
	return ""
}

// underspecified is the value of a unit-relative expression when there is
// no publication date.
func underspecified(u string) string {
	switch u {
	case "day":
		return "XXXX-XX-XX"
	case "week":
		return "XXXX-WXX"
	case "weekend":
		return "XXXX-WXX-WE"
	case "month":
		return "XXXX-XX"
	case "quarter":
		return "XXXX-QX"
	case "year":
		return "XXXX"
	case "decade":
		return "XXX"
	case "century":
		return "XX"
	}
	return "XXXX-XX-XX"
}

// pickYear chooses the year of a month (and day) given without one: dir -1
// the most recent not after ref, +1 the next not before ref, 0 ref's year.
// strict excludes ref's own month or day ("last April" in April).
func pickYear(ref time.Time, m, d, dir int, strict bool) int {
	y := ref.Year()
	cand := date(y, m, max(d, 1))
	r := ref
	if d == 0 {
		r = date(ref.Year(), int(ref.Month()), 1)
	}
	switch dir {
	case -1:
		if cand.After(r) || (strict && cand.Equal(r)) {
			y--
		}
	case 1:
		if cand.Before(r) || (strict && cand.Equal(r)) {
			y++
		}
	}
	return y
}

// nearestYear picks the year that puts (m, d) closest to ref.
func nearestYear(ref time.Time, m, d int) int {
	best, bestDist := ref.Year(), time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		dist := date(y, m, d).Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// weekdayDate resolves a weekday against ref: dir -1 the latest on or
// before ref, +1 the first on or after ref, 0 the one in ref's ISO week;
// strict excludes ref itself ("last Thursday" said on a Thursday).
func weekdayDate(ref time.Time, wd, dir int, strict bool) time.Time {
	rw := isoWeekday(ref)
	switch dir {
	case -1:
		back := (rw - wd + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case 1:
		fwd := (wd - rw + 7) % 7
		if fwd == 0 && strict {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, wd-rw)
}

// monthDirection chooses which way a month named without a year lies
// ("in January"): ahead when the sentence looks ahead; ahead too when it
// is one of the next two months and the verb it belongs to is not a past
// tense. News names a month without its year when it is this year's or
// the one coming: written in November, "agreed to sell him in January"
// and "tariffs to be imposed in early November" are the coming ones,
// which the past tense of the report ("agreed") does not move back a
// year, while "the offensive stalled in October" is over. Otherwise the
// last one, as news reports what happened. The verb is read from the
// part-of-speech tags, so text analysed without the language core keeps
// the past.
func (p *parser) monthDirection(m, start, end int) int {
	if p.tense(start, end) > 0 {
		return 1
	}
	if p.toks[start].Tag == "" {
		return -1
	}
	ahead := (m - int(p.ref.Month()) + 12) % 12
	if ahead >= 1 && (ahead <= 2 && !p.pastVerbBefore(start) || scheduleAhead(ahead) && p.presentVerbBefore(start)) {
		return 1
	}
	return -1
}

// scheduleAhead reports whether a month or season that many months ahead
// (0 to 11; 0 is the current one, not behind) is the one a present tense
// of a schedule means: "The trial begins in September" is the coming one
// when it is no farther ahead than behind. A tie (six months either way: "reopens in the autumn" written
// in March) looks ahead, as a headline's present ("Exports rise in March",
// written in April) tells only what has just happened, not what happened
// half a year ago.
func scheduleAhead(ahead int) bool {
	return ahead <= 6
}

// pastVerbBefore reports whether the nearest verb before token start in
// its sentence is a past tense ("stalled in October") rather than an
// infinitive, a participle or a present ("agreed to buy it in January",
// "the case is heard in May"), by the part-of-speech tags of the language
// core. Without tags (Find on a bare text) the caller keeps the past.
func (p *parser) pastVerbBefore(start int) bool {
	for k := start - 1; k >= p.first && k >= start-15; k-- {
		if clauseStop[p.lw(k)] && p.lw(k) != "and" {
			return false
		}
		if tag := p.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
			return tag == "VBD"
		}
	}
	return false
}

// weekdayAhead reports whether a weekday named alone ("Monday") is the
// coming one: the sentence looks ahead, or, with no tense cue, the verb
// it belongs to is a present tense, which with a weekday tells a
// schedule ("Arafat and Netanyahu meet separately Monday"). A possessive
// weekday is the last one (all 19 in TimeBank and AQUAINT are).
func (p *parser) weekdayAhead(start, end int) bool {
	// "follows Tuesday's declaration", "would look for ways around
	// Wednesday's ruling": a day whose event is spoken of as a thing is
	// one that has been, whatever the sentence goes on to plan, unless
	// it is a limit ahead ("until Friday's deadline", "ahead of
	// Tuesday's vote").
	if w := p.lw(end); (w == "'s" || w == "’s") && !p.forward && !limitBefore(p.lw(start-2), p.lw(start-1)) {
		return false
	}
	switch p.tense(start, end) {
	case 1:
		return true
	case -1:
		return false
	}
	return p.presentVerbBefore(start)
}

// presentVerbBefore reports whether the nearest verb before token start
// in its clause is a present tense other than a verb of saying ("meet
// Monday", not "says Monday"), by the part-of-speech tags.
func (p *parser) presentVerbBefore(start int) bool {
	for k := start - 1; k >= p.first && k >= start-10; k-- {
		if clauseStop[p.lw(k)] {
			return false
		}
		if tag := p.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
			return (tag == "VBP" || tag == "VBZ") && !p.sayVerb(k) && p.lw(k) != "is" && p.lw(k) != "are"
		}
	}
	return false
}

// sayVerbs report rather than schedule, keyed by lemma: "says Monday" is
// the day it was said, and "the figures show a rise in September" reports
// the September gone. Verbs whose words look ahead (predict, promise, warn)
// are left out: "predicts rain in September" is the coming one.
var sayVerbs = map[string]bool{
	"say": true, "tell": true, "report": true, "announce": true, "claim": true, "state": true, "add": true,
	"insist": true, "declare": true, "show": true, "find": true, "indicate": true, "suggest": true,
	"reveal": true, "estimate": true,
}

// sayIrregular are past forms of sayVerbs that no ending cut reaches.
var sayIrregular = map[string]bool{"said": true, "told": true, "found": true, "shown": true}

// saySuffixes are the endings cut from a form to find a lemma of sayVerbs
// in text without the language core's lemmas ("says", "announced",
// "added").
var saySuffixes = [...]string{"s", "d", "ed"}

// sayVerb reports whether token k is a verb of saying: by its lemma when
// the language core tagged it (a tag other than a verb's, as in "the
// report", is not one), else by its form.
func (p *parser) sayVerb(k int) bool {
	t := &p.toks[k]
	if t.Tag != "" && !strings.HasPrefix(t.Tag, "VB") {
		return false
	}
	if t.Lemma != "" {
		return sayVerbs[t.Lemma]
	}
	w := p.lw(k)
	if sayVerbs[w] || sayIrregular[w] {
		return true
	}
	for _, suf := range saySuffixes {
		if b, ok := strings.CutSuffix(w, suf); ok && sayVerbs[b] {
			return true
		}
	}
	return false
}

// limitBefore reports whether the two words before an expression make it
// a limit ahead: "until", "till", "ahead of".
func limitBefore(w2, w1 string) bool {
	return w1 == "until" || w1 == "till" || w1 == "of" && w2 == "ahead"
}
