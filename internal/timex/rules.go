package timex

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// res is one candidate expression over tokens [start, end).
type res struct {
	start, end             int
	typ, value, mod        string
	anchorStart, anchorEnd int
	// skip marks a stretch that must not be read as a time (named events
	// such as "World War II").
	skip bool
	// day is the resolved day ("2025-08-26" or "XXXX-XX-XX") of a day-level
	// date without a time of day, so a following clock time can join it.
	day string
	// clock is "15:30" for a bare clock time.
	clock string
	// rel marks expressions a hedge may precede ("about two years",
	// "nearly a decade ago").
	rel bool
	// point marks dates that early/late/mid can narrow.
	point bool
	// namesQuarter marks an explicit fiscal quarter ("the third quarter").
	namesQuarter bool
	// absY, absM, absD hold an absolute date written out in full.
	absY, absM, absD int
	// rangeEnd is the value of the end of an interval whose start is value.
	rangeEnd string
	// rangeStart, when set, is the start of the interval instead of
	// value: a duration's value is its length ("the past two weeks").
	rangeStart string
	// zone is the time zone written after a clock time ("gmt").
	zone string
	// onRef marks a clock time put on the publication day for want of a
	// day of its own; a day named just before it can take its place
	// ("on Feb. 1 no later than 6 p.m.").
	onRef bool
	// sec is ":30" for a clock time written with seconds ("7:56:30
	// pm"); clock keeps hours and minutes.
	sec string
	// offset is the signed count of a date counted from a deictic day
	// ("two days before yesterday": -2), 0 otherwise.
	offset int
}

// memory is what the parser remembers of the article so far, for
// expressions that refer back.
type memory struct {
	// lastQ is the last fiscal quarter the article named ("1989-Q3"):
	// "the quarter" and "a year earlier" in an earnings report refer to it.
	lastQ string
	// lastY, lastM, lastD are the last absolute date the article gave
	// (month and day 0 when not given): "the following year" and "that
	// day" count from it.
	lastY, lastM, lastD int
	// explicitY is the last year the article wrote out. A month named
	// without its year sets lastY to the year it was resolved to, which
	// "the following month" may count from but "that year" may not ("The
	// plant opened in 1990. In March, ... Later that year" is 1990).
	explicitY int
	// lastDay is the last calendar day the article named, relative or
	// not ("2025-08-26" for "Tuesday"): "in the morning" is its morning.
	lastDay string
	// lastDaySent is the sentence lastDay was named in; lastIsDay says
	// whether the last time expression named a day; seen counts the
	// expressions so far.
	lastDaySent int
	lastIsDay   bool
	seen        int
	// lastDayEnd is the token after the expression that named lastDay;
	// dayBefore is the day named before lastDay, for "that day" in what
	// was said on lastDay.
	lastDayEnd int
	dayBefore  string
	// lastValue is the value of the last expression, for a length that
	// runs from it ("from Dec. 18 for 10 days", lengthFrom).
	lastValue string
}

type parser struct {
	d            *doc.Document
	toks         []doc.Token
	first, limit int
	ref          time.Time // publication day at midnight UTC
	refTime      time.Time // publication instant
	hasRef       bool
	memory
	// forward resolves expressions without a tense cue forward
	// (Options.Direction == Future).
	forward bool
	// joinFrom, when not -1, is where the clock time a day is being
	// joined to starts: the day's tense is read from there.
	joinFrom int
	// prevEnd is the token after the last expression of the sentence.
	prevEnd int
	// intervals makes one match of "from X to Y" (Options.Intervals).
	intervals bool
	// zones converts clock times written with a zone into the reference
	// time's zone (Options.ConvertZones).
	zones bool
	// fix is the corrected value of the next expression when it ends an
	// interval (extendRange).
	fix  endFix
	wbuf [8]string
	// counts remembers count's answers by token (a power of two long).
	counts [8]countMemo
	// spokenBuf and spokenAt back spokenWords' answer.
	spokenBuf [16]string
	spokenAt  [16]int
}

func (p *parser) lw(i int) string {
	if i < p.first || i >= p.limit {
		return ""
	}
	return p.toks[i].Lower
}

func (p *parser) text(i int) string {
	if i < p.first || i >= p.limit {
		return ""
	}
	return p.toks[i].Text
}

func (p *parser) isCap(i int) bool {
	t := p.text(i)
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// starters are the words an expression can begin with; other tokens are
// skipped without trying any rule.
var starters = map[string]bool{}

func init() {
	add := func(ws ...string) {
		for _, w := range ws {
			starters[w] = true
		}
	}
	for _, m := range []map[string]int{months, weekdays, weekdayAbbr, weekdayPlural, ordinalWords, numparse.Ordinals} {
		for k := range m {
			add(k)
		}
	}
	add("w/c")
	for k := range units {
		add(k)
	}
	for k := range seasons {
		add(k)
	}
	for k := range setAdverbs {
		add(k)
	}
	for k := range adverbOnlySets {
		add(k)
	}
	for k := range refWords {
		add(k)
	}
	for k := range approxMods {
		add(k)
	}
	for k := range twoWordMods {
		add(k[0])
	}
	for k := range pointMods {
		add(k)
	}
	for k := range vagueNumbers {
		add(k)
	}
	for k := range holidayFirst {
		add(k)
	}
	add("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
		"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "a", "an", "half", "couple",
		"dozen", "dozens", "hundreds", "the", "this", "last", "next", "past", "coming", "previous", "current",
		"following", "every", "each", "per", "today", "yesterday", "tomorrow", "tonight", "noon", "noonish", "midnight",
		"midday", "fiscal", "world", "q1", "q2", "q3", "q4", "h1", "h2", "recent", "these", "right", "end", "beginning",
		"start", "middle", "once", "twice", "weekdays", "nineties", "eighties", "seventies", "sixties",
		"fifties", "forties", "thirties", "twenties", "present", "future", "final", "latest", "first",
		"initial", "other", "same", "that", "overnight", "on", "in", "at", "by", "for", "over", "within", "after", "before",
		"quarter", "day", "upcoming")
}

func (p *parser) canStart(i int) bool {
	w := p.toks[i].Lower
	if w == "" {
		return false
	}
	c := w[0]
	if c >= '0' && c <= '9' {
		return true
	}
	if (c == '\'' || c == '-') && len(w) > 1 && w[1] >= '0' && w[1] <= '9' {
		return true
	}
	if starters[w] || c == 'f' && strings.HasPrefix(w, "fy") {
		return true
	}
	if j := strings.IndexByte(w, '-'); j > 0 {
		return true
	}
	return compactMonth(w)
}

// at parses the longest expression starting at token i, with hedges and
// early/late/mid before it.
func (p *parser) at(i int) (res, bool) {
	w := p.lw(i)
	// Prepositions are never part of a span, but "in two weeks" and
	// "on Mondays" read differently from "two weeks" and "Mondays".
	switch w {
	case "on", "in", "at", "by", "for", "over", "within", "after", "before":
		if w != "over" {
			return res{}, false
		}
	}
	if r, ok := p.namedEvent(i); ok {
		return r, true
	}
	if mod, n := p.modPrefix(i); n > 0 {
		if r, ok := p.core(i + n); ok && r.rel && p.lw(i+n) != "the" {
			r.start = i
			if r.offset != 0 && mod == "MORE_THAN" {
				// More than two weeks before today is earlier still.
				mod = "BEFORE"
				if r.offset > 0 {
					mod = "AFTER"
				}
			} else if r.offset != 0 {
				mod = ""
			}
			if r.mod == "" {
				r.mod = mod
			}
			return r, true
		}
	}
	if pm, ok := pointMods[w]; ok && p.lw(i+1) == "in" && p.lw(i+2) == "the" && p.hasRef {
		// "earlier in the year", "late in the week": a part of the
		// current unit. "Later in the day" is left alone: TimeBank tags
		// it rarely, and then only "the day".
		if u := calUnits[p.lw(i+3)]; u == "week" || u == "month" || u == "year" {
			r := res{start: i, end: i + 4, typ: doc.Date, value: thisUnit(p.ref, 0, u)}
			if w == "early" || w == "late" {
				r.mod = pm
			}
			return r, true
		}
	}
	if pm, ok := pointMods[w]; ok {
		k := i + 1
		if p.lw(k) == "on" || p.lw(k) == "in" {
			k++ // "late on Friday", "early in 2024"
		}
		if r, ok := p.core(k); ok && (r.point || k == i+2 && p.lw(i+2) == "the" && partOfDayValue(r.value)) {
			// "early in the morning", "later in the afternoon": the
			// part of the day, with the part of it named.
			r.start = i
			r.mod = pm
			r.day = ""
			return r, true
		}
	}
	// "the end of 2024", "the beginning of the month", "end-March".
	j := i
	if w == "the" {
		j++
	}
	if pm := edgeMods[p.lw(j)]; pm != "" && p.lw(j+1) == "of" {
		// "the end of the month", and as notes write it "end of month".
		the := 1
		if p.lw(j+2) != "the" {
			the = 0
		}
		if p.endOfDay(i, j, the) {
			r := res{start: i, end: j + 3 + the, typ: doc.Date, mod: pm, value: fmtDay(p.ref)}
			return r, true
		}
		if u := calUnits[p.lw(j+2+the)]; (the == 1 || p.lw(j+2) == "month" || p.lw(j+2) == "year") && (u == "month" || u == "year" || u == "week") {
			r := res{start: i, end: j + 3 + the, typ: doc.Date, mod: pm, value: underspecified(u)}
			if p.hasRef {
				r.value = thisUnit(p.ref, 0, u)
			}
			return r, true
		}
		if r, ok := p.core(j + 2); ok && r.point {
			r.start = i
			r.mod = pm
			r.day = ""
			return r, true
		}
	}
	return p.core(i)
}

var edgeMods = map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID"}

func (p *parser) modPrefix(i int) (string, int) {
	w := p.lw(i)
	if m, ok := twoWordMods[[2]string{w, p.lw(i + 1)}]; ok {
		return m, 2
	}
	if m, ok := approxMods[w]; ok && m != "" {
		return m, 1
	}
	return "", 0
}

// core tries every grammar at i and keeps the longest reading, then joins
// dates with clock times and durations with the event they count from.
func (p *parser) core(i int) (res, bool) {
	if i >= p.limit {
		return res{}, false
	}
	var best res
	best.end = -1
	take := func(r res, ok bool) {
		if ok && r.end > best.end {
			best = r
		}
	}
	take(p.someDay(i)) // first: wins the tie with the count "one day"
	take(p.followingUnit(i))
	take(p.verdictDay(i))
	take(p.theYears(i))
	take(p.absDate(i))
	take(p.weekday(i))
	take(p.weekdayDay(i))
	take(p.numericMonth(i))
	take(p.deictic(i))
	take(p.relUnit(i))
	take(p.set(i))
	take(p.duration(i))
	take(p.year(i))
	take(p.clock(i))
	take(p.quarter(i))
	take(p.holidaySpan(p.holiday(i)))
	take(p.compound(i))
	take(p.rangeAt(i))
	take(p.clockOffset(i))
	take(p.ordinalDay(i))
	take(p.counted(i))
	take(p.wordClock(i))
	take(p.spokenClock(i))
	take(p.edgeAbbrev(i))
	take(p.abbrMonth(i))
	take(p.dayOfTheMonth(i))
	take(p.quarterYear(i))
	if w := p.lw(i); w == "the" || holidayFirst[w] {
		take(p.holidayWeekend(i))
	}
	take(p.inMay(i))
	take(p.dayFromWeek(i))
	take(p.tonite(i))
	if w := p.lw(i); w == "the" || numparse.Ordinals[w] != 0 || nthWords[w] != 0 {
		take(p.nthLast(i))
	}
	take(p.decadeSplit(i))
	take(p.monthOrdinal(i))
	take(p.weekNumber(i))
	take(p.weekdayParts(i))
	take(p.weekThenDay(i))
	take(p.compactDuration(i))
	take(p.invertedCount(i))
	take(p.fracDuration(i))
	take(p.shortYears(i)) // before isoMonth: "the 2010-11 season"
	take(p.isoMonth(i))
	take(p.compactDay(i))
	take(p.spokenDate(i))
	take(p.spokenYearAlone(i))
	take(p.aloneWord(i))
	take(p.onNth(i))
	take(p.edgeRel(i))
	take(p.newsWords(i))
	take(p.dayAndDay(i))
	take(p.dayAfterDay(i))
	take(p.yearsPart(i))
	take(p.eraYear(i))
	take(p.inCompactClock(i))
	take(p.spacedYears(i))
	if w := p.lw(i); w == "the" || w == "rest" || w == "remainder" {
		take(p.restOf(i))
		take(p.pastUnit(i))
	}
	if w := p.lw(i); w == "the" || w == "year" || w == "year-to-date" {
		take(p.yearToDate(i))
	}
	if w := p.lw(i); w == "the" || w == "last" || w == "first" {
		take(p.monthWeekend(i))
	}
	if w := p.lw(i); w == "the" || w == "a" {
		take(p.eventDay(i))
	}
	if p.lw(i) == "the" && p.lw(i+1) == "same" {
		take(p.sameUnit(i))
	}
	if p.lw(i) == "next" {
		take(p.nextDate(i))
	}
	// Cheap guards first: these grammars start at few tokens.
	if w := p.lw(i); w == "the" || w == "w/c" || nthWords[w] != 0 {
		take(p.weekOf(i))
	}
	if w := p.lw(i); w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] >= 'a' && w[0] <= 'z') && len(w) >= 4 {
		take(p.compactDate(i))
		take(p.isoInterval(i))
		take(p.yearQuarter(i))
		take(p.embeddedDate(i))
	} else if len(w) >= 9 && (w[0] == '-' || w[0] == '_') {
		take(p.embeddedDate(i)) // "-2020-07-01-"
	}
	if best.end <= i {
		return res{}, false
	}
	best.start = i
	p.join(&best)
	return best, true
}

// join extends a day with a following clock time ("Tuesday at 3 p.m."), a
// clock time with a following day ("4 a.m. EDT Thursday"), and an anchored
// duration with its event ("two months after signing a treaty").
func (p *parser) join(r *res) {
	switch {
	case r.day != "":
		k := r.end
		w := p.lw(k)
		if w == "at" || w == "," || w == "around" || w == "from" || w == "between" || w == "@" {
			k++
		}
		c, ok := p.clock(k)
		if !ok {
			c, ok = p.oclockAfterDay(k) // "wednesday 4 oclock"
		}
		if !ok && (w == "at" || w == "@" || w == "around") {
			c, ok = p.bareClock(k)
		}
		if !ok && (w == "at" || w == "@") {
			c, ok = p.spokenClock(k)
		}
		if !ok && (w == "at" || w == "@") {
			c, ok = p.wordClock(k)
		}
		if !ok && k == r.end && strings.ContainsAny(p.lw(k), "-–") {
			// "this Thu 9-11am": a clock range right after the day.
			if rc, rok := p.rangeAt(k); rok && rc.clock != "" {
				c, ok = rc, true
			}
		}
		if w == "from" || w == "between" || ok && rangeConn[p.lw(c.end)] {
			// "Thursday from 9:30 to 11:00"
			if rc, rok := p.rangeAt(k); rok && rc.clock != "" {
				c, ok = rc, true
			} else if w == "from" || w == "between" {
				ok = false
			}
		}
		if ok && c.clock != "" {
			r.end = c.end
			r.zone = c.zone
			r.value = r.day + "T" + c.clock + c.sec
			if c.rangeEnd != "" {
				r.rangeEnd = r.day + "T" + c.rangeEnd[len(c.rangeEnd)-5:]
			}
			r.typ = doc.TimeOfDay
			r.day = ""
		}
	case r.typ == doc.TimeOfDay && len(r.value) == 13 && r.value[10] == 'T' && r.value[0] != 'X' &&
		(p.lw(r.end) == "from" || p.lw(r.end) == "between"):
		// "yesterday afternoon from 3-8pm": the hours of that day.
		c, ok := p.rangeAt(r.end + 1)
		if !ok || c.clock == "" {
			c, ok = p.bareHourPair(r.end + 1) // "tonight from 7 to 9"
		}
		if ok && c.clock != "" && c.rangeEnd != "" && len(c.rangeEnd) >= 5 {
			// Hours without am/pm take the part of the day ("tonight
			// from 7 to 7:30" is 19:00 to 19:30); written ones stay.
			pod := r.value[11:]
			hm := func(s string) string {
				h, _ := strconv.Atoi(s[:2])
				if h < 12 {
					h = podHour(pod, h)
				}
				return pad(h, 2) + s[2:]
			}
			day := r.value[:10]
			r.value = day + "T" + hm(c.clock)
			r.rangeEnd = day + "T" + hm(c.rangeEnd[len(c.rangeEnd)-5:])
			r.end = c.end
		}
	case r.typ == doc.TimeOfDay && len(r.value) == 13 && r.value[10] == 'T' && r.value[0] != 'X' &&
		(p.lw(r.end) == "at" || p.lw(r.end) == "@" || p.lw(r.end) == "around"):
		// "Saturday morning at 9", "tomorrow evening at 8:30"
		if c, ok := p.clock(r.end + 1); ok && c.clock != "" {
			h, _ := strconv.Atoi(c.clock[:2])
			m, _ := strconv.Atoi(c.clock[3:])
			hasAP := false
			for k := r.end + 1; k < c.end; k++ {
				if t := p.lw(k); strings.HasSuffix(t, "am") || strings.HasSuffix(t, "pm") || strings.HasSuffix(t, ".m.") || t == "a" || t == "p" {
					hasAP = true
				}
			}
			if t := p.lw(r.end + 1); !strings.ContainsAny(t, "apm") && !hasAP {
				h = podHour(r.value[11:], h) // "tonight at 8 o'clock" is 20:00
			}
			r.value = r.value[:10] + "T" + pad(h, 2) + ":" + pad(m, 2)
			r.end = c.end
		} else if v, _, ok := p.count(r.end + 1); ok && v >= 1 && v <= 12 && v == float64(int(v)) && !article(p.lw(r.end+1)) {
			r.value = r.value[:10] + "T" + pad(podHour(r.value[11:], int(v)), 2) + ":00"
			r.end = r.end + 2
		}
	case r.clock != "":
		k := r.end
		if w := p.lw(k); w == "on" || w == "," {
			k++
		}
		var d res
		var ok bool
		// The day's tense cues start before the clock time: "until 9
		// a.m. Tuesday" is a deadline ahead.
		p.joinFrom = r.start
		defer func() { p.joinFrom = -1 }()
		if d, ok = p.weekday(k); !ok || d.day == "" {
			if d, ok = p.deictic(k); !ok || d.day == "" {
				d, ok = p.absDate(k)
			}
		}
		if (!ok || d.day == "") && r.rangeEnd != "" {
			// "3-8pm yesterday afternoon": the hours of that day.
			if dd, ok2 := p.deictic(k); ok2 && len(dd.value) == 13 && dd.value[10] == 'T' && dd.value[0] != 'X' {
				d, ok = dd, true
				d.day = dd.value[:10]
			}
		}
		if ok && d.day != "" {
			r.end = d.end
			r.onRef = false
			r.value = d.day + "T" + r.clock + r.sec
			if r.rangeEnd != "" {
				r.rangeEnd = d.day + "T" + r.rangeEnd[len(r.rangeEnd)-5:]
			}
		}
	case r.typ == doc.Duration && r.anchorEnd == 0:
		k := r.end
		if p.lw(k) == "and" && p.lw(r.start-1) != "between" {
			// "two hours and 15 minutes": one duration.
			if r2, ok := p.duration(k + 1); ok && r2.typ == doc.Duration && r2.mod == "" {
				if v, ok := addDurations(r.value, r2.value); ok {
					r.value, r.end = v, r2.end
					k = r.end
				}
			}
		}
		if p.periodFrom(r, k) || p.lengthFrom(r) {
			return
		}
		switch p.lw(k) {
		case "after", "before", "from":
			// "three weeks from tomorrow", "two days before yesterday":
			// a day counted from today, tomorrow or yesterday is a date.
			if p.offsetDay(r, k) {
				return
			}
			if p.lw(k) == "from" {
				return
			}
		case "following", "since":
		default:
			return
		}
		a := k + 1
		e := a
		for e < p.limit && e < a+14 {
			w := p.lw(e)
			if clauseStop[w] {
				break
			}
			e++
		}
		if e > a {
			r.anchorStart, r.anchorEnd = a, e
		}
	}
}

var clauseStop = map[string]bool{
	",": true, ";": true, ":": true, ".": true, "!": true, "?": true, "and": true, "but": true, "when": true,
	"while": true, "which": true, "who": true, "—": true, "–": true, "--": true, "(": true, ")": true,
	"\"": true, "“": true, "”": true, "said": true, "says": true, "according": true,
}

func (p *parser) namedEvent(i int) (res, bool) {
	w := p.lw(i)
	if w == "9/11" {
		return res{start: i, end: i + 1, skip: true}, true
	}
	if w == "world" && p.lw(i+1) == "war" {
		switch p.lw(i + 2) {
		case "one", "two", "i", "ii", "iii", "1", "2", "3", "three":
			return res{start: i, end: i + 3, skip: true}, true
		}
		return res{start: i, end: i + 2, skip: true}, true
	}
	return res{}, false
}

// tense looks for a cue word around an expression: +1 future ("will",
// "'ll", "plans to"), -1 past ("was", "said", -ed verbs), 0 none. The
// nearest cue before the expression wins; then the nearest after it.
func (p *parser) tense(start, end int) int {
	if p.joinFrom >= 0 && p.joinFrom < start {
		start = p.joinFrom
	}
	// "as soon as Tuesday", "as early as next week", "until Tuesday
	// morning", "effective Feb. 1", "payable Jan. 2", "ahead of the
	// weekend": a limit ahead, whatever the verb ("named a treasurer,
	// effective Feb. 1"), unless a past perfect follows ("Until
	// Thursday, police had not named the driver").
	if b := p.lw(start - 1); (b == "until" || b == "till") && p.hadAfter(end) {
		return -1
	}
	if b := p.lw(start - 1); b == "until" || b == "till" || b == "effective" || b == "payable" ||
		b == "of" && p.lw(start-2) == "ahead" || b == "as" && p.lw(start-3) == "as" &&
		(p.lw(start-2) == "soon" || p.lw(start-2) == "early") {
		return 1
	}
	for k := start - 1; k >= p.first && k >= start-15; k-- {
		if t := p.cue(k); t != 0 {
			return t
		}
	}
	// A deadline preposition right before the expression outweighs a
	// verb after it: "talks that are to conclude by May, invited ...".
	if futurePreps[p.lw(start-1)] || p.lw(start-1) == "on" && futurePreps[p.lw(start-2)] {
		return 1
	}
	for k := end; k < p.limit && k < end+8; k++ {
		if modals[p.lw(k)] {
			// A modal after the date speaks of another clause: "fans
			// who bought tickets on Friday can get refunds".
			continue
		}
		if t := p.cue(k); t != 0 {
			return t
		}
	}
	if p.forward {
		return 1
	}
	return 0
}

var beforeAdjective = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "very": true, "more": true,
	"most": true, "less": true, "still": true, "'s": true, "newly": true, "well": true, "so": true, "as": true,
	"be": true, "been": true, "being": true, "is": true, "are": true, "any": true, "no": true, "not": true,
	"fully": true, "highly": true, "previously": true, "recently": true, "once": true, "some": true,
}

// presentBe reports whether token k is a present of "be": "is", "are",
// "'re", or an "'s" the language core tagged a verb, not the possessive of
// "the band's set on Friday" (without tags an "'s" is left a possessive).
func (p *parser) presentBe(k int) bool {
	switch p.lw(k) {
	case "is", "are", "'re":
		return true
	case "'s", "’s":
		return p.toks[k].Tag == "VBZ"
	}
	return false
}

// futurePreps before a date make it a deadline or a start, which lie
// ahead unless the sentence says otherwise ("payable Jan. 2", "by
// February", "effective June 1").
var futurePreps = map[string]bool{
	"by": true, "until": true, "till": true, "through": true, "effective": true, "payable": true,
	"starting": true, "expire": true, "expires": true, "due": true,
}

func (p *parser) cue(k int) int {
	w := p.lw(k)
	if modals[w] {
		return p.modalCue(k)
	}
	switch w {
	case "going", "set", "due", "expected", "scheduled", "slated", "plans", "plan", "planned", "planning",
		"intends", "aims", "expects", "hopes":
		if p.lw(k+1) == "to" || w == "scheduled" || w == "slated" ||
			(w == "expected" || w == "due" || w == "set") && p.presentBe(k-1) {
			// "is expected in the autumn", "are due in March": a
			// plan in the present looks ahead as "expected to" does.
			// A plan told in the past perfect still looks ahead: in
			// news it is mostly one called off or moved ("had been
			// scheduled for Saturday but was postponed"), whose day
			// is still to come.
			return 1
		}
		return 0
	case "is", "are", "'s", "'re":
		if p.lw(k+1) == "to" {
			return 1
		}
		return 0
	case "let":
		// "Let's meet on Friday": a proposal looks ahead.
		if n := p.lw(k + 1); n == "'s" || n == "’s" || n == "us" {
			return 1
		}
		return 0
	}
	if futureCues[w] {
		return 1
	}
	past := pastCues[w]
	if !past && len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w] && !beforeAdjective[p.lw(k-1)] {
		// An -ed word after a determiner or an adverb is an adjective
		// ("a still unspecified date"), not a past tense.
		t := p.text(k)
		past = t[0] >= 'a' && t[0] <= 'z'
	}
	if past {
		// "will be held", "to be announced": a participle after "be".
		if b := p.lw(k - 1); b == "be" || b == "been" && p.lw(k-2) != "has" && p.lw(k-2) != "have" {
			return 0
		}
		return -1
	}
	return 0
}

// dayNum reads a day of month: "28", "28th", "1st".
func (p *parser) dayNum(k int) (int, bool) {
	w := p.lw(k)
	n := len(w)
	if n == 0 || w[0] < '0' || w[0] > '9' || moneySigns[p.lw(k-1)] {
		return 0, false // "$12 December 27": the 12 is a price
	}
	if n > 2 {
		switch w[n-2:] {
		case "st", "nd", "rd", "th":
			w = w[:n-2]
		}
	}
	if len(w) > 2 {
		return 0, false
	}
	v, err := strconv.Atoi(w)
	if err != nil || v < 1 || v > 31 {
		return 0, false
	}
	return v, true
}

// wordDayAt reports how many tokens a day written as an ordinal word
// takes at k ("first", "twenty-second", "twenty second"), 0 when there is
// none or a noun follows ("March first lady", "April second-quarter").
func (p *parser) wordDayAt(k int) int {
	n := 0
	switch w := p.lw(k); {
	case dayOrdinals[w] > 0 || strings.Contains(w, "-") && !allDigits(w):
		if _, ok := p.ordDay(k); ok && !allDigits(w) {
			n = 1
		}
	case w == "twenty" || w == "thirty":
		if o := dayOrdinals[p.lw(k+1)]; o > 0 && o < 10 {
			n = 2
		}
	}
	if n == 0 {
		return 0
	}
	nw := p.toks
	if e := k + n; e < p.limit {
		t := nw[e].Text
		if t != "" && t[0] >= 'a' && t[0] <= 'z' {
			switch t {
			case "at", "and", "in", "to", "through", "until", "or":
			default:
				return 0
			}
		}
	}
	return n
}

// ordDayWords reads the day wordDayAt found.
func (p *parser) ordDayWords(k int) (int, bool) {
	if w := p.lw(k); w == "twenty" || w == "thirty" {
		base := 20
		if w == "thirty" {
			base = 30
		}
		return base + dayOrdinals[p.lw(k+1)], true
	}
	return p.ordDay(k)
}

// digitsValue is numparse.Digits with a fast path for a plain run of
// digits, the common case, which Digits reads only after splitting it
// into comma groups (an allocation on every number token).
func digitsValue(w string) (float64, bool) {
	if !allDigits(w) {
		return numparse.Digits(w)
	}
	v, err := strconv.ParseFloat(w, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// hasDigit reports whether s holds an ASCII digit: strings.ContainsAny
// with "0123456789", without building a character set on every call (it
// runs on most tokens).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// indexEither is the index of the first byte a or b (ASCII) in s, or -1:
// strings.IndexAny for two ASCII characters, without its set.
func indexEither(s string, a, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == a || s[i] == b {
			return i
		}
	}
	return -1
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// yearTok reads a four-digit year at k. strong means the context already
// says it is a year ("August 28, 2025", "in 2024"); a weak one must be in
// 1900–2100 and not look like a count, an amount or an address.
func (p *parser) yearTok(k int, strong bool) (int, bool) {
	t := p.text(k)
	if len(t) != 4 || !allDigits(t) {
		return 0, false
	}
	v, _ := strconv.Atoi(t)
	if v < 1000 || v > 2199 {
		return 0, false
	}
	if !strong {
		if v < 1900 || v > 2100 {
			return 0, false
		}
		if notBeforeYear[p.lw(k-1)] {
			return 0, false
		}
		if pw := p.lw(k - 1); pw != "" && (pw[0] >= '0' && pw[0] <= '9') {
			return 0, false
		}
	}
	nw := p.lw(k + 1)
	if notAfterYear[nw] {
		return 0, false
	}
	if nw != "" && nw[0] >= '0' && nw[0] <= '9' {
		// "2014 15" is no year, but "Jul 18, 2014 07:00 PM" is.
		if _, _, colon, ok := parseHM(nw); (!ok || !colon) && !clockToken(nw) && !hmsToken(nw) {
			return 0, false
		}
	}
	if p.isCap(k+1) && streetWords[p.lw(k+2)] || streetWords[nw] {
		return 0, false
	}
	if nw == ":" || nw == "/" || nw == "-" && allDigits(p.lw(k+2)) && !p.yearSpan(k) {
		return 0, false
	}
	// A plural count noun after the number ("2000 rockets").
	if !strong && len(nw) > 3 && nw[len(nw)-1] == 's' && nw != "was" && nw != "has" && !strings.HasSuffix(nw, "ss") &&
		nw != "'s" && nw != "its" && nw != "this" && nw != "thus" && nw != "plus" && nw != "versus" {
		t := p.text(k + 1)
		if t[0] >= 'a' && t[0] <= 'z' && !strings.HasSuffix(nw, "es") || notAfterYear[nw] {
			return 0, false
		}
	}
	return v, true
}

// resolveDay gives the year of a month and day written without one.
func (p *parser) resolveDay(m, d, start, end int) string {
	if !p.hasRef {
		return fmtYMD(0, m, d)
	}
	// The nearest such day, unless the tense says it is over two months
	// on the wrong side of publication.
	y := nearestYear(p.ref, m, d)
	if validDay(y, m, d) {
		diff := date(y, m, d).Sub(p.ref)
		const slack = 60 * 24 * time.Hour
		switch p.tense(start, end) {
		case -1:
			if diff > slack {
				y--
			}
		case 1:
			if diff < -slack || p.forward && diff < 0 {
				y++
			}
		}
	}
	if !validDay(y, m, d) {
		return fmtYMD(0, m, d)
	}
	return fmtYMD(y, m, d)
}

// resolveMonth gives the year of a month named alone: the last one unless
// the sentence looks ahead.
func (p *parser) resolveMonth(m, start, end, dir int, strict bool) string {
	if !p.hasRef {
		return "XXXX-" + pad(m, 2)
	}
	if dir == 0 {
		dir = p.monthDirection(m, start, end)
	}
	if dir == 2 { // "this April"
		return fmtMonth(p.ref.Year(), m)
	}
	return fmtMonth(pickYear(p.ref, m, 0, dir, strict), m)
}

// monthOK decides whether a month word at j names a month. Lower-case
// "may", "march" and "august" are a verb, a verb and an adjective; other
// names count in lower case too, which chat-style and headline text uses.
func (p *parser) monthOK(j int) bool {
	w := p.lw(j)
	if !p.isCap(j) {
		switch w {
		case "may", "march", "august", "mar", "jun", "sat", "sun", "dec", "jan":
			if w == "dec" || w == "jan" {
				_, ok := p.dayNum(j + 1)
				return ok
			}
			// "march 3rd 2015": a day and a year make even these a month.
			if _, ok := p.dayNum(j + 1); ok {
				k := j + 2
				if p.lw(k) == "," {
					k++
				}
				if _, ok := p.yearTok(k, true); ok {
					return true
				}
			}
			// "the first of march", "the 3rd of may": a day of the
			// month before "of"; nothing else is a day "of march".
			if p.lw(j-1) == "of" {
				b := j - 2
				if p.lw(b) == "day" {
					b-- // "the third day of march"
				}
				if _, ok := p.ordDay(b); ok && !allDigits(p.lw(b)) && p.lw(b-1) == "the" || dayOrdinals[p.lw(b)] > 0 {
					return w == "march" || w == "may" || w == "august" || w == "mar"
				}
			}
			// "march 3rd", "march first", "august 15th": an ordinal day
			// after the verb march or the adjective august is rare; a bare
			// number is not ("march 3 miles"), and "may" stays a verb.
			if w == "march" || w == "august" {
				n := p.lw(j + 1)
				if dayOrdinals[n] > 0 {
					// "march first to the square" is a verb: the day
					// must end the phrase.
					if k := p.wordDayAt(j + 1); k > 0 {
						t := p.text(j + 1 + k)
						if t == "" || t[0] < 'a' || t[0] > 'z' || t == "at" {
							return true
						}
					}
				}
				if d, ok := p.dayNum(j + 1); ok && d >= 1 && !allDigits(n) {
					return true
				}
			}
			return false
		}
		return p.toks[j].Text == w
	}
	if w == "may" || w == "march" || w == "august" {
		prev := p.lw(j - 1)
		if _, ok := p.dayNum(j + 1); ok {
			return true
		}
		if a, b, ok := strings.Cut(p.lw(j+1), "-"); ok {
			// "May 3-5", "March 3-April 5": a day range, or a day and
			// the range's other month.
			_, day1 := dayOf(a)
			_, day2 := dayOf(b)
			if day1 && (day2 || months[b] > 0) {
				return true
			}
		}
		if _, ok := p.yearTok(j+1, true); ok {
			return true
		}
		switch prev {
		case "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "during",
			"from", "through", "before", "after", "end", "mid-", "on", "between", "to", "and", "or", "each", "every",
			"until-", "this-", "that", "past", "coming":
			return w != "may" || !p.isCap(j+1) || months[p.lw(j+1)] > 0
		case "than":
			// "no later than March", "lower than March levels"; "polled
			// better than May" compares with a person, so "May" needs a
			// deadline before it.
			if w != "may" {
				return true
			}
			switch p.lw(j - 2) {
			case "later", "earlier", "sooner":
				return !p.isCap(j+1) || months[p.lw(j+1)] > 0
			}
			return false
		case "the":
			// "the August recess", "the May elections": after "the"
			// and before a lower-case noun the name modifies the noun
			// as a month does ("the June elections"); "the March on
			// Washington" goes on with a preposition, "the March drew
			// crowds" with a verb, and "the May government" names a
			// person. Where the tagger has run, the next word must be
			// a common noun and the sentence must keep a verb besides:
			// in "The March drew crowds" the tagger reads "drew" as a
			// noun and leaves the sentence without one.
			n := p.text(j + 1)
			if j+1 < p.limit && p.toks[j+1].Tag != "" {
				if tag := p.toks[j+1].Tag; tag != "NN" && tag != "NNS" {
					return false
				}
				verb := false
				for k := p.first; k < p.limit && !verb; k++ {
					tag := p.toks[k].Tag
					verb = k != j+1 && (strings.HasPrefix(tag, "VB") || tag == "MD")
				}
				if !verb {
					return false
				}
			}
			return isLowerWord(n) && !monthNotBefore[p.lw(j+1)] && dayOrdinals[p.lw(j+1)] == 0
		}
		return false
	}
	return true
}

// monthNotBefore are lower-case words after "the May", "the March" or
// "the August" that make it no month: a preposition or conjunction that
// goes on from a noun ("the March on Rome", "the March of Dimes"), or a
// noun a surname modifies ("the May government").
var monthNotBefore = map[string]bool{
	"on": true, "of": true, "to": true, "for": true, "from": true, "in": true, "at": true, "by": true,
	"with": true, "and": true, "or": true, "is": true, "was": true, "has": true, "had": true,
	"government": true, "administration": true, "cabinet": true, "ministry": true, "era": true,
	"years": true, "camp": true, "team": true, "family": true, "company": true, "brothers": true,
}

// toldInPast reports whether the expression [start, end) belongs to a
// sentence told in the past: a cue word says so ("sank on …, officials
// said") and the nearest verb before it is no present tense ("leaves on
// …, officials said" is a timetable), or, with no cue, that verb is tagged
// a past tense ("froze in late winter").
func (p *parser) toldInPast(start, end int) bool {
	switch p.tense(start, end) {
	case -1:
		return !p.presentVerbBefore(start)
	case 0:
		return p.toks[start].Tag != "" && p.pastVerbBefore(start)
	}
	return false
}

// overnightAhead reports whether "overnight" at token i is the night to
// come: the sentence looks ahead and so does the verb nearest before it in
// its clause ("temperatures will drop overnight"). A past verb ("will
// investigate the fire that broke out overnight") or an event after
// "after", "since", "following" ("will stay shut after a landslide
// overnight") is of the night gone.
func (p *parser) overnightAhead(i int) bool {
	if p.tense(i, i+1) <= 0 {
		return false
	}
	for k := i - 1; k >= p.first && k >= i-10; k-- {
		w := p.lw(k)
		if w == "after" || w == "since" || w == "following" || p.cue(k) < 0 {
			return false
		}
		if clauseStop[w] && w != "and" {
			break
		}
		if t := p.toks[k].Tag; strings.HasPrefix(t, "VB") || t == "MD" {
			return t != "VBD"
		}
	}
	return true
}

// clauseInPast reports whether the clause holding the expression [start,
// end) is told in the past: the nearest cue or verb before it in its
// clause is a past ("crops were planted in late spring", "froze in late
// winter"), or, with none there, a cue after it is. A past in another
// clause does not count: in "The farm, which was sold in 2020, plants its
// barley in late spring" the relative clause's "was" is no tense of the
// spring's (and "plants", tagged a noun, leaves it none).
func (p *parser) clauseInPast(start, end int) bool {
	for k := start - 1; k >= p.first && k >= start-15; k-- {
		if clauseStop[p.lw(k)] && p.lw(k) != "and" {
			break
		}
		if t := p.cue(k); t != 0 {
			return t < 0
		}
		if tag := p.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
			return tag == "VBD"
		}
	}
	for k := end; k < p.limit && k < end+8; k++ {
		if t := p.cue(k); t != 0 {
			return t < 0
		}
	}
	return false
}

// absDate reads calendar dates: "August 28, 2025", "Aug. 28", "28 Aug
// 2025", "the 28th of August", "April 2024", "April", "2025-08-28",
// "8/28/2025", optionally after a weekday ("Thursday, Aug. 28").
// absDate reads a calendar date; a weekday written with a month and day
// but no year picks the year in which the day falls on that weekday
// ("Sunday, Feb 10" said in 2013 is 2013-02-10), unless that year puts a
// day told in the past after publication.
func (p *parser) absDate(i int) (res, bool) {
	r, ok := p.absDate0(i)
	if !ok || r.absY != 0 || len(r.value) != 10 || r.value[0] == 'X' || r.day != r.value {
		return r, ok
	}
	wd, isWd := weekdays[p.lw(i)]
	if !isWd {
		wd = weekdayAbbr[p.lw(i)]
	}
	if wd == 0 {
		return r, ok
	}
	y, _ := strconv.Atoi(r.value[:4])
	m, _ := strconv.Atoi(r.value[5:7])
	d, _ := strconv.Atoi(r.value[8:])
	if isoWeekday(date(y, m, d)) == wd {
		return r, ok
	}
	// A day told in the past ("The ferry sank on Tuesday 10 March") is
	// over: a year that fits the weekday but lies ahead is not meant, and
	// where none fits, the nearest such day before publication is.
	past := p.hasRef && p.toldInPast(i, r.end)
	for _, c := range []int{y - 1, y + 1} {
		if validDay(c, m, d) && isoWeekday(date(c, m, d)) == wd && !(past && date(c, m, d).After(p.ref)) {
			r.value = fmtYMD(c, m, d)
			r.day = r.value
			return r, ok
		}
	}
	if past && date(y, m, d).After(p.ref) && validDay(y-1, m, d) {
		r.value = fmtYMD(y-1, m, d)
		r.day = r.value
	}
	return r, ok
}

func (p *parser) absDate0(i int) (res, bool) {
	j := i
	w := p.lw(j)
	if _, ok := weekdays[w]; ok || (weekdayAbbr[w] > 0 && p.isCap(j)) {
		k := j + 1
		if p.lw(k) == "," {
			k++
		}
		if _, ok := months[p.lw(k)]; ok && p.isCap(k) {
			j = k
		} else if _, ok := p.dayNum(k); ok {
			if _, ok := months[p.lw(k+1)]; ok {
				j = k
			} else if p.lw(k+1) == "of" {
				j = k
			}
		} else if _, _, _, ok := p.numericDate(k); ok {
			j = k // "Friday 5/12", "Thursday, 29/03"
		}
		if j == i {
			return res{}, false
		}
	}
	r := res{start: i, typ: doc.Date, point: true}
	// Month first.
	if m, ok := months[p.lw(j)]; ok && (p.monthOK(j) || p.isCap(j) && p.wordDayAt(j+1) > 0) {
		k := j + 1
		if p.lw(k) == "," && hasOrdinalSuffix(p.lw(k+1)) {
			k++ // "October, 1st"
		}
		d, ok := p.dayNum(k)
		if !ok {
			// "January first", "February twenty second 2020".
			if n := p.wordDayAt(k); n > 0 {
				d, ok = p.ordDayWords(k)
				k += n - 1
			}
		}
		if ok && validDay(0, m, d) {
			k++
			kk := k
			if p.lw(kk) == "," || p.lw(kk) == "of" { // "July 4th of 1995"
				kk++
			}
			if y, ok := p.yearTok(kk, true); ok && validDay(y, m, d) {
				r.end = kk + 1
				r.value = fmtYMD(y, m, d)
				r.absY, r.absM, r.absD = y, m, d
			} else {
				r.end = k
				r.value = p.resolveDay(m, d, i, k)
			}
			r.day = r.value
			return r, true
		}
		kk := k
		if p.lw(kk) == "of" || p.lw(kk) == "," {
			kk++
		}
		if y, ok := p.yearTok(kk, true); ok {
			r.end = kk + 1
			r.value = fmtMonth(y, m)
			r.absY, r.absM = y, m
			return r, true
		}
		if rel, ok := relDir[p.lw(k)]; ok && p.lw(k+1) == "year" && p.lw(k) != "that" && p.lw(k) != "following" {
			// "June last year", "in March next year".
			r.end = k + 2
			if p.hasRef {
				r.value = fmtMonth(p.ref.Year()+rel, m)
			} else {
				r.value = "XXXX-" + pad(m, 2)
			}
			return r, true
		}
		if j == i && fullMonth(p.lw(j)) {
			// "August Strindberg": a capitalised word after a bare month
			// name makes it a name, unless a preposition introduced it.
			if p.isCap(j+1) && months[p.lw(j+1)] == 0 && !yearPreps[p.lw(j-1)] && p.lw(j-1) != "on" {
				return res{}, false
			}
			r.end = j + 1
			r.value = p.resolveMonth(m, i, j+1, 0, false)
			return r, true
		}
		return res{}, false
	}
	// Day first: "28 Aug 2025", "the 28th of August".
	k := j
	if p.lw(k) == "the" {
		k++
	}
	d, ok := p.dayNum(k)
	if !ok {
		if o, ok2 := numparse.Ordinals[p.lw(k)]; ok2 && o <= 31 && p.lw(k+1) == "of" {
			d, ok = o, true
		} else if o, e, ok2 := p.ordDayEnd(k); ok2 && p.lw(e) == "of" {
			d, ok, k = o, true, e-1 // "the twenty-third of September"
		}
	}
	if ok {
		kk := k + 1
		if p.lw(kk) == "of" {
			kk++
		}
		if m, ok := months[p.lw(kk)]; ok && (p.isCap(kk) || p.monthOK(kk) || p.lw(kk) == "dec" || p.lw(kk) == "jan") && validDay(0, m, d) {
			e := kk + 1
			y := 0
			ye := e
			if p.lw(ye) == "," || p.lw(ye) == "of" { // "the 4th of July of 1995"
				ye++
			}
			if yy, ok := p.yearTok(ye, true); ok && validDay(yy, m, d) {
				y = yy
				e = ye + 1
			}
			r.end = e
			if y > 0 {
				r.value = fmtYMD(y, m, d)
				r.absY, r.absM, r.absD = y, m, d
			} else {
				r.value = p.resolveDay(m, d, i, e)
			}
			r.day = r.value
			return r, true
		}
	}
	if j != i {
		if _, _, _, ok := p.numericDate(j); !ok {
			return res{}, false
		}
	}
	// "on the 25th": a day of the current month, or of the last one when
	// the 25th is still ahead and the sentence is past.
	if j == i && p.lw(i-1) == "on" {
		if r, ok := p.theDay(i); ok {
			return r, true
		}
	}
	// One-token numeric dates.
	if y, m, d, ok := p.numericDate(j); ok {
		r.end = j + 1
		if y == 0 {
			r.value = p.resolveDay(m, d, i, j+1)
		} else {
			r.value = fmtYMD(y, m, d)
			r.absY, r.absM, r.absD = y, m, d
		}
		r.day = r.value
		return r, true
	}
	return res{}, false
}

// numericDate reads "2025-08-28", "2025/08/28", "8/28/2025", "28/8/2025",
// "8/28/25", "28.08.2025", "08-28-2025", and a month and day without a
// year, "8/28" or "28/8", where a date is expected (see shortDateAt).
func (p *parser) numericDate(i int) (y, m, d int, ok bool) {
	t := p.text(i)
	y, m, d, ok = parseNumericDate(t)
	if !ok || y != 0 {
		return
	}
	if !p.shortDateAt(i) {
		return 0, 0, 0, false
	}
	return
}

// shortDateAt reports whether the month and day at token i ("5/12"),
// which could as well be a fraction, a score or a ratio, stand where a
// date is expected: after a preposition of time ("on 5/12", "by 3/15"),
// a weekday ("Friday 5/12"), "this" or "next", or another such date in a
// list ("on 11/20, 11/22 or 11/25"); before a clock time ("4/25 at 4pm",
// "23/12 before 5pm");
// or alone, as a heading or a caption is.
func (p *parser) shortDateAt(i int) bool {
	if p.text(i) == "9/11" {
		return false // the attacks, not a day of this year
	}
	b := p.lw(i - 1)
	switch b {
	case "on", "since", "until", "by", "from", "through", "before", "after", "this", "next":
		return true
	case ",", "or", "and", "-", "to":
		// The next in a list or an interval of such dates.
		if j := i - 2; j >= p.first {
			if y, _, _, ok := parseNumericDate(p.text(j)); ok && strings.Contains(p.text(j), "/") && (y != 0 || p.shortDateAt(j)) {
				return true
			}
		}
	}
	if _, ok := weekdays[b]; ok || weekdayAbbr[b] > 0 {
		return true
	}
	if b == "," {
		if _, ok := weekdays[p.lw(i-2)]; ok {
			return true
		}
	}
	if a := p.lw(i + 1); a == "at" || a == "@" || a == "before" || a == "after" || a == "by" || a == "until" {
		// "4/25 at 4pm", "23/12 before 5pm"
		if _, ok := p.clock(i + 2); ok {
			return true
		}
	}
	// Alone in its sentence, but for closing punctuation.
	end := p.limit
	for end > i+1 && (p.lw(end-1) == "." || p.lw(end-1) == "?" || p.lw(end-1) == "!") {
		end--
	}
	return i == p.first && end == i+1
}

// parseNumericDate reads a date written in numbers in one token: year,
// month and day in the orders news uses (year first; month first, as in
// the US; day first when the first number cannot be a month or the
// separator is a dot, as in Europe), or a month and day alone written
// with a slash (y = 0), which the caller must place.
func parseNumericDate(t string) (y, m, d int, ok bool) {
	if len(t) < 3 || len(t) > 10 || t[0] < '0' || t[0] > '9' {
		return
	}
	var sep byte
	for k := 0; k < len(t); k++ {
		c := t[k]
		if c >= '0' && c <= '9' {
			continue
		}
		if c != '-' && c != '/' && c != '.' {
			return
		}
		if sep == 0 {
			sep = c
		} else if c != sep {
			return
		}
	}
	if sep == 0 {
		return
	}
	parts := strings.Split(t, string(sep))
	for _, s := range parts {
		if s == "" {
			return
		}
	}
	num := func(s string) int { v, _ := strconv.Atoi(s); return v }
	switch len(parts) {
	case 3:
		a, b, c := parts[0], parts[1], parts[2]
		if len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep != '.' {
			y, m, d = num(a), num(b), num(c)
		} else if len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || len(c) == 2 && sep == '/') {
			if sep == '-' && len(c) != 4 {
				return // "10-31-74" reads as a score or a range too often
			}
			y = num(c)
			if len(c) == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			x, z := num(a), num(b)
			switch {
			case sep == '.' && z <= 12:
				d, m = x, z
			case x > 12 && z <= 12:
				d, m = x, z
			default:
				m, d = x, z
			}
		} else {
			return
		}
		if y < 1000 || y > 2199 || !validDay(y, m, d) {
			return 0, 0, 0, false
		}
		return y, m, d, true
	case 2:
		if sep != '/' || len(parts[0]) > 2 || len(parts[1]) > 2 {
			return
		}
		m, d = num(parts[0]), num(parts[1])
		if m > 12 && d <= 12 {
			m, d = d, m // "22/04"
		}
		if !validDay(0, m, d) {
			return 0, 0, 0, false
		}
		return 0, m, d, true
	}
	return
}

// weekday reads "Tuesday", "last Tuesday", "next Friday", "Tuesday
// morning", "this Sunday".
func (p *parser) weekday(i int) (res, bool) {
	j := i
	dir, strict, mod := 0, false, false
	switch p.lw(j) {
	case "last", "past", "previous":
		dir, strict, mod = -1, true, true
		j++
	case "next":
		// "next Wednesday" is the Wednesday of next week, as both case
		// specifications (Duckling, Recognizers-Text) read it; said on a
		// Tuesday the day after is "Wednesday" or "tomorrow".
		dir, mod = 3, true
		j++
	case "coming":
		dir, strict, mod = 1, true, true
		j++
	case "this":
		dir, mod = 2, true
		j++
		if p.lw(j) == "coming" {
			// "this coming Saturday": the nearest ahead.
			dir, strict = 1, true
			j++
		}
	}
	wd, ok := weekdays[p.lw(j)]
	if !ok && weekdayAbbr[p.lw(j)] > 0 && p.isCap(j) {
		// "Thu at 8", "Thu 15:00": an abbreviation needs a time after it
		// ("Sun" is also a company, "Sat" a verb).
		if n := p.lw(j + 1); n == "at" || n != "" && n[0] >= '0' && n[0] <= '9' || p.abbrInDayList(j) {
			wd, ok = weekdayAbbr[p.lw(j)], true
		}
	}
	if !ok {
		return res{}, false
	}
	if !p.isCap(j) && p.toks[j].Text != p.toks[j].Lower {
		return res{}, false
	}
	switch p.lw(j + 1) {
	case "times", "telegraph", "express", "mirror", "herald", "post", "league", "school":
		if p.isCap(j + 1) {
			return res{}, false
		}
	}
	e := j + 1
	pod, podMod := "", ""
	if v, ok := partsOfDay[p.lw(e+1)]; ok && (p.lw(e) == "early" || p.lw(e) == "late") {
		// "Sunday early morning at 8:00": the clock time names the hour;
		// without one, "Monday early morning" is the start of the morning.
		pod = v
		if !clockAfterPart(p, e+2) {
			podMod = pointMods[p.lw(e)]
		}
		e += 2
	} else if v, ok := partsOfDay[p.lw(e)]; ok && p.lw(e) != "overnight" {
		pod = v
		e++
	}
	of := 0
	if p.lw(e) == "of" {
		of = 1 // "Tuesday of last week"
		if p.lw(e+1) == "the" && relDir[p.lw(e+2)] != 0 && p.lw(e+3) == "week" {
			of = 2 // "Monday of the following week"
		}
	}
	if n, ok := relDir[p.lw(e+of)]; ok && !mod && p.lw(e+of+1) == "week" && p.lw(e+of) != "that" && (p.lw(e+of) != "following" || of >= 1) {
		// "Tuesday next week": that weekday in the named week.
		e += of
		r := res{start: i, end: e + 2, typ: doc.Date, point: true}
		if !p.hasRef {
			r.value = "XXXX-WXX-" + strconv.Itoa(wd)
		} else {
			r.value = fmtDay(weekdayDate(p.ref.AddDate(0, 0, 7*n), wd, 0, false))
			r.day = r.value
		}
		if pod != "" {
			r.value += "T" + pod
			r.typ, r.day = doc.TimeOfDay, ""
		}
		return r, true
	}
	if !mod {
		dir = -1
		if p.weekdayAhead(i, e) {
			dir = 1
			// Context-free input means the coming one, never today.
			strict = p.forward
		}
	} else if dir == 2 && p.forward {
		dir = 1
	}
	r := res{start: i, end: e, typ: doc.Date, point: true}
	var day string
	if !p.hasRef {
		day = "XXXX-WXX-" + strconv.Itoa(wd)
	} else if dir == 2 {
		day = fmtDay(weekdayDate(p.ref, wd, 0, false))
	} else if dir == 3 {
		day = fmtDay(weekdayDate(p.ref.AddDate(0, 0, 7), wd, 0, false))
	} else {
		day = fmtDay(weekdayDate(p.ref, wd, dir, strict))
	}
	if pod != "" {
		r.value = day + "T" + pod
		r.typ = doc.TimeOfDay
		r.mod = podMod
	} else {
		r.value = day
		r.day = day
		// "this coming Sunday, March eighth": the date names the day.
		if p.lw(e) == "," && months[p.lw(e+1)] > 0 {
			if r2, ok := p.absDate0(e + 1); ok && r2.day != "" && len(r2.day) == 10 && r2.day[0] != 'X' {
				v := r2.day
				if r2.absY == 0 && p.hasRef {
					// No year: the one whose date falls on the weekday, nearest
					// the weekday read alone ("this coming Sunday").
					m, _ := strconv.Atoi(v[5:7])
					dd, _ := strconv.Atoi(v[8:])
					best := -1
					wdDay, _ := time.Parse("2006-01-02", day)
					for y := p.ref.Year() - 1; y <= p.ref.Year()+1; y++ {
						if !validDay(y, m, dd) || isoWeekday(date(y, m, dd)) != wd {
							continue
						}
						if gap := int(math.Abs(date(y, m, dd).Sub(wdDay).Hours())); best < 0 || gap < best {
							best, v = gap, fmtYMD(y, m, dd)
						}
					}
				}
				r.end, r.value, r.day = r2.end, v, v
			}
		}
	}
	return r, true
}

// deictic reads words anchored to the publication moment: "today",
// "yesterday afternoon", "tonight", "this morning", "last night", "now",
// "recently", "the future", "the past", "these days", "recent years".
func (p *parser) deictic(i int) (res, bool) {
	w := p.lw(i)
	r := res{start: i, end: i + 1, typ: doc.Date, point: true}
	day := func(n int) string {
		if !p.hasRef {
			if n == 0 {
				return "PRESENT_REF"
			}
			return "XXXX-XX-XX"
		}
		return fmtDay(p.ref.AddDate(0, 0, n))
	}
	withPod := func(n, k int) (res, bool) {
		r.end = k
		d := day(n)
		if d == "PRESENT_REF" {
			d = "XXXX-XX-XX"
		}
		if pod, ok := partsOfDay[p.lw(k)]; ok && p.lw(k) != "overnight" {
			r.end = k + 1
			r.value = d + "T" + pod
			r.typ = doc.TimeOfDay
			return r, true
		}
		r.value = day(n)
		r.day = d
		return r, true
	}
	switch w {
	case "day":
		// "day after tomorrow", as notes and queries drop the article.
		switch p.lw(i+1) + " " + p.lw(i+2) {
		case "before yesterday":
			return withPod(-2, i+3)
		case "after tomorrow":
			return withPod(2, i+3)
		}
		return res{}, false
	case "today":
		return withPod(0, i+1)
	case "yesterday":
		return withPod(-1, i+1)
	case "tomorrow":
		return withPod(1, i+1)
	case "overnight":
		// "shot down 30 drones overnight": the night before publication.
		if p.lw(i+1) == "," || p.lw(i+1) == "." || p.lw(i+1) == "" || p.lw(i+1) == "on" || p.lw(i+1) == "into" ||
			p.lw(i+1) == "and" || p.lw(i+1) == "in" {
			r.typ = doc.TimeOfDay
			r.value = "XXXX-XX-XXTNI"
			if p.hasRef {
				r.value = day(-1) + "TNI"
				if p.overnightAhead(i) {
					// "temperatures will drop overnight": the night to come.
					r.value = day(0) + "TNI"
				}
			}
			if p.lw(i+1) == "on" || p.lw(i+1) == "into" {
				// "overnight into Sunday", "overnight on Friday": that day.
				if d, ok := p.weekday(i + 2); ok && d.day != "" {
					t, _ := time.Parse("2006-01-02", d.day)
					r.end = d.end
					r.value = fmtDay(t.AddDate(0, 0, -1)) + "TNI"
					if p.lw(i+1) == "on" {
						r.value = d.day + "TNI"
					}
				}
			}
			return r, true
		}
	case "tonight":
		r.value = "XXXX-XX-XXTNI"
		if p.hasRef {
			r.value = day(0) + "TNI"
		}
		r.typ = doc.TimeOfDay
		return r, true
	case "morning", "afternoon", "evening", "night":
		// "in late afternoon", "by early evening": "late" and "early"
		// are read by at(), which makes them the mod.
		if pointMods[p.lw(i-1)] != "" && (podPreps[p.lw(i-2)] || p.lw(i-2) == "") {
			if f := p.text(i + 1); f == "" || f[0] < 'a' || f[0] > 'z' || podFollowers[f] {
				d := "XXXX-XX-XX"
				if p.lastDay != "" {
					d = p.lastDay
				} else if p.hasRef {
					d = fmtDay(p.ref)
				}
				r.value, r.typ = d+"T"+partsOfDay[w], doc.TimeOfDay
				return r, true
			}
		}
	case "the":
		if r, ok := p.partOfDay(i); ok {
			return r, true
		}
		// "the week after next", "the year after next", "the weekend
		// before last".
		if u := calUnits[p.lw(i+1)]; (u == "week" || u == "month" || u == "year" || u == "weekend") && p.hasRef {
			switch p.lw(i+2) + " " + p.lw(i+3) {
			case "after next":
				r.end, r.value = i+4, thisUnit(p.ref, 2, u)
				return r, true
			case "before last":
				r.end, r.value = i+4, thisUnit(p.ref, -2, u)
				return r, true
			}
		}
		// "the night before last": the night of the day before
		// yesterday, as "last night" is yesterday's.
		if pod, ok := partsOfDay[p.lw(i+1)]; ok && p.lw(i+1) != "overnight" && p.lw(i+2) == "before" && p.lw(i+3) == "last" {
			d := day(-2)
			if d == "PRESENT_REF" {
				d = "XXXX-XX-XX"
			}
			r.end, r.value, r.typ = i+4, d+"T"+pod, doc.TimeOfDay
			return r, true
		}
		// "the day before yesterday", "the day after tomorrow".
		if p.lw(i+1) == "day" {
			switch p.lw(i+2) + " " + p.lw(i+3) {
			case "before yesterday":
				return withPod(-2, i+4)
			case "after tomorrow":
				return withPod(2, i+4)
			}
			// "He arrived Friday; they had come the day before.": next to
			// a day named just before it, or to publication in a text
			// that names no time at all. After a month or an event
			// ("they met in July 2008. The day before, ...") the day is
			// unknown and it is left alone, as it is before an event
			// ("the day before the vote").
			nearDay := p.lastIsDay && p.lastDay != "" && p.lastDaySent >= p.toks[i].Sent-1
			// "the day before last Tuesday": the weekday is read next
			// and dayAfterDate counts from it.
			_, wdNext := weekdays[p.lw(i+4)]
			wdNext = wdNext && (p.lw(i+3) == "last" || p.lw(i+3) == "next" || p.lw(i+3) == "this")
			if a := p.lw(i + 2); (a == "before" || a == "after") && p.hasRef && (nearDay || p.seen == 0 || wdNext) {
				if f := p.text(i + 3); f == "" || f[0] < 'a' || f[0] > 'z' || wdNext {
					t := p.ref
					if nearDay {
						if d, err := time.Parse("2006-01-02", p.lastDay); err == nil {
							t = d
						}
					}
					n := -1
					if a == "after" {
						n = 1
					}
					r.end, r.value = i+3, fmtDay(t.AddDate(0, 0, n))
					r.day = r.value
					return r, true
				}
			}
		}
		switch p.lw(i + 1) {
		case "weekend":
			// "over the weekend": the last one, or the next one when the
			// sentence looks ahead.
			r.end = i + 2
			if !p.hasRef {
				r.value = "XXXX-WXX-WE"
				return r, true
			}
			dir := -1
			if p.tense(i, i+2) > 0 {
				dir = 1
			}
			r.value = fmtWeek(weekdayDate(p.ref, 6, dir, false)) + "-WE"
			return r, true
		case "year", "fiscal", "full":
			// "the year ended Sept. 30": a twelve-month reporting period;
			// "the full year": the current one.
			k := i + 2
			if p.lw(i+1) == "fiscal" && p.lw(k) == "year" {
				k++
			}
			switch {
			case p.lw(i+1) == "full" && p.lw(k) == "year":
				if p.hasRef {
					r.end, r.value = k+1, pad(p.ref.Year(), 4)
					return r, true
				}
			case p.lw(i+1) != "full" && p.lw(k-1) == "year" && (p.lw(k) == "ended" || p.lw(k) == "ending"):
				r.end, r.value, r.typ, r.point = k, "P1Y", doc.Duration, false
				return r, true
			case p.lw(i+1) == "year" && p.text(i+1) == "year" && p.hasRef && yearAloneEnds[p.lw(k)]:
				r.end, r.value = k, pad(p.ref.Year(), 4)
				return r, true
			}
		case "latest", "last", "current", "same":
			// "the latest period" of an earnings report is its quarter.
			if p.lw(i+2) == "period" && p.lastQ != "" && p.lw(i+1) != "same" {
				r.end, r.value = i+3, p.lastQ
				return r, true
			}
		case "future":
			r.end, r.value = i+2, "FUTURE_REF"
			return r, true
		case "near", "distant", "foreseeable", "immediate":
			if p.lw(i+2) == "future" {
				r.end, r.value = i+3, "FUTURE_REF"
				return r, true
			}
		case "past":
			r.end, r.value = i+2, "PAST_REF"
			r.point = false
			return r, true
		case "present":
			r.end, r.value = i+2, "PRESENT_REF"
			r.point = false
			return r, true
		case "moment":
			if p.lw(i-1) == "at" || p.lw(i-1) == "for" {
				r.end, r.value = i+2, "PRESENT_REF"
				r.point = false
				return r, true
			}
		}
	case "this", "last":
		if pod, ok := partsOfDay[p.lw(i+1)]; ok && p.lw(i+1) != "overnight" {
			n := 0
			if w == "last" {
				if pod != "NI" && pod != "EV" {
					return res{}, false
				}
				n = -1
			}
			d := day(n)
			if d == "PRESENT_REF" {
				d = "XXXX-XX-XX"
			}
			r.end, r.value, r.typ = i+2, d+"T"+pod, doc.TimeOfDay
			return r, true
		}
	case "right":
		if p.lw(i+1) == "now" {
			r.end, r.value = i+2, "PRESENT_REF"
			return r, true
		}
	case "these":
		if p.lw(i+1) == "days" {
			r.end, r.value = i+2, "PRESENT_REF"
			r.point = false
			return r, true
		}
	case "present":
		if p.lw(i-1) == "at" {
			r.value = "PRESENT_REF"
			r.point = false
			return r, true
		}
	case "future":
		if p.lw(i-1) == "in" || p.lw(i-1) == "near" {
			r.value = "FUTURE_REF"
			return r, true
		}
	case "recent":
		// "in recent years": an unknown stretch up to now.
		if u, ok := units[p.lw(i+1)]; ok && u.plural {
			r.end, r.value, r.typ, r.point = i+2, vagueValue(u), doc.Duration, false
			return r, true
		}
	}
	if v, ok := refWords[w]; ok {
		// "two weeks from now" counts ahead from it, so "now" is not a
		// time of its own there; "now that the bridge is open" is the
		// present moment (TimeBank tags all three it has).
		if w == "now" && p.lw(i-1) == "from" {
			return res{}, false
		}
		r.value = v
		r.point = false
		return r, true
	}
	return res{}, false
}

// durationUnits are the units of a TimeML duration, largest first; the
// clock ones are written after a T.
var durationUnits = []string{"Y", "M", "W", "D", "TH", "TM", "TS"}

// addDurations joins two single-unit durations, the second smaller
// ("PT2H" and "PT15M" → "PT2H15M", "P1Y" and "P6M" → "P1Y6M").
func addDurations(a, b string) (string, bool) {
	split := func(v string) (num, unit string, ok bool) {
		if len(v) < 3 || v[0] != 'P' {
			return "", "", false
		}
		u := v[len(v)-1:]
		body := v[1 : len(v)-1]
		if body[0] == 'T' {
			u, body = "T"+u, body[1:]
		}
		if body == "" || !allDigits(body) {
			return "", "", false
		}
		return body, u, true
	}
	n1, u1, ok1 := split(a)
	n2, u2, ok2 := split(b)
	if !ok1 || !ok2 {
		return "", false
	}
	i1, i2 := -1, -1
	for i, u := range durationUnits {
		if u == u1 {
			i1 = i
		}
		if u == u2 {
			i2 = i
		}
	}
	if i1 < 0 || i2 <= i1 || u1 == "W" {
		return "", false
	}
	if u2[0] == 'T' && u1[0] == 'T' {
		return "PT" + n1 + u1[1:] + n2 + u2[1:], true
	}
	if u2[0] == 'T' {
		return "P" + n1 + u1 + "T" + n2 + u2[1:], true
	}
	return "P" + n1 + u1 + n2 + u2, true
}

// deicticDays are the days an offset can count from.
var deicticDays = map[string]int{"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}

// offsetDay turns duration r followed at k by "after", "before" or
// "from" and a deictic day into the date it names: "two days after
// today", "three weeks from tomorrow", "more than 2 weeks before today".
// Offsets from an event ("two days after the vote") stay durations with
// an anchor, as TimeML annotates them.
func (p *parser) offsetDay(r *res, k int) bool {
	if !p.hasRef || len(r.value) < 3 || r.value[0] != 'P' || r.value[1] == 'T' {
		return false
	}
	n, err := strconv.Atoi(r.value[1 : len(r.value)-1])
	if err != nil {
		return false
	}
	if p.lw(k) == "from" && (p.lw(r.start-1) == "for" || p.lw(r.start-1) == "lasting") {
		return false // "for 10 days from Dec. 18" is a period, not its end
	}
	if p.lw(k) == "before" {
		n = -n
	}
	end := k + 2
	var base time.Time
	if d, ok := deicticDays[p.lw(k+1)]; ok {
		base = p.ref.AddDate(0, 0, d)
	} else if day, e, ok := p.namedDay(k + 1); ok {
		// "three days after Easter", "two weeks before May 13, 1999",
		// "3 days from Tuesday": counted from a day the text names.
		base, end = day, e
	} else {
		return false
	}
	t, ok := addPeriod(base, r.value[len(r.value)-1], n)
	if !ok {
		return false
	}
	r.end, r.typ, r.value, r.point = end, doc.Date, fmtDay(t), true
	r.day = r.value
	r.offset = n
	return true
}

// namedDay reads a calendar day at k: a date ("May 13, 1999", "January
// 12th"), a holiday ("Christmas") or a weekday ("next Friday"), resolved
// to a day of a known year.
func (p *parser) namedDay(k int) (time.Time, int, bool) {
	for _, f := range []func(int) (res, bool){p.absDate, p.holiday, p.weekday} {
		d, ok := f(k)
		if !ok || len(d.value) != 10 || d.value[0] == 'X' || d.mod != "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.value)
		if err != nil {
			continue
		}
		return t, d.end, true
	}
	return time.Time{}, 0, false
}

// podPreps come before "the morning" when it names a time: "in the
// morning", "during the night", "by the evening".
var podPreps = map[string]bool{
	"in": true, "during": true, "by": true, "through": true, "throughout": true, "into": true, "until": true,
	"till": true, "overnight": false,
}

// podFollowers may come after "the morning" when it names a time; any
// other lower-case word makes it a modifier ("the morning session", "the
// evening news", "three in the morning squad").
var podFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "as": true, "at": true, "of": true, "to": true,
	"on": true, "in": true, "with": true, "for": true, "after": true, "before": true, "until": true,
	"till": true, "while": true, "because": true, "so": true, "then": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "it": true, "you": true, "there": true, "this": true, "that": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "from": true,
	"by": true, "into": true, "near": true, "outside": true, "inside": true, "again": true, "too": true,
}

// partOfDay reads "the morning", "the afternoon", "the evening" and "the
// night" after a preposition ("arrested in the morning") and "the next
// morning": the part of the day last named in the article ("Shares fell
// Friday. Buyers came in the morning" is Friday morning), of the day
// after it, or of the publication day. Before "of" ("the night of Oct.
// 23") the date is tagged alone, as TimeBank does.
func (p *parser) partOfDay(i int) (res, bool) {
	k := i + 1
	next := 0
	if w := p.lw(k); w == "next" || w == "following" {
		next, k = 1, k+1
	} else if !podPreps[p.lw(i-1)] {
		return res{}, false
	}
	pod, ok := partsOfDay[p.lw(k)]
	if !ok || p.lw(k) == "overnight" {
		return res{}, false
	}
	if f := p.text(k + 1); f != "" && f[0] >= 'a' && f[0] <= 'z' && !podFollowers[f] {
		return res{}, false
	}
	k++
	day := "XXXX-XX-XX"
	if p.lastDay != "" {
		day = p.lastDay
	} else if p.hasRef {
		day = fmtDay(p.ref)
	}
	if p.lw(k) == "of" {
		// "the night of Oct. 23": TimeBank tags the date alone.
		return res{}, false
	}
	if next != 0 {
		t, err := time.Parse("2006-01-02", day)
		if err != nil {
			return res{}, false
		}
		day = fmtDay(t.AddDate(0, 0, next))
	}
	return res{start: i, end: k, typ: doc.TimeOfDay, value: day + "T" + pod}, true
}

var relDir = map[string]int{
	"that": 0, "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
	"upcoming": 1,
}

var calUnits = map[string]string{
	"day": "day", "week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter", "year": "year",
	"decade": "decade", "century": "century", "yr": "year", "qtr": "quarter", "week-end": "weekend",
}

// relUnit reads "this week", "last year", "next month", "last April",
// "this summer", "the past week" (a duration), "this century".
func (p *parser) relUnit(i int) (res, bool) {
	j := i
	the := false
	if p.lw(j) == "the" {
		the = true
		j++
	}
	dw := p.lw(j)
	n, ok := relDir[dw]
	if !ok {
		return res{}, false
	}
	k := j + 1
	if dw == "this" && p.lw(k) == "past" {
		// "this past weekend": the last one.
		dw, n = "last", -1
		k++
	} else if dw == "this" && (p.lw(k) == "coming" || p.lw(k) == "upcoming") && calUnits[p.lw(k+1)] != "" {
		// "this coming week": the next one, not the length "the coming
		// week" is; "this coming weekend" said on a weekday is this
		// week's, as "this weekend" is.
		if calUnits[p.lw(k+1)] != "weekend" {
			dw, n = "next", 1
		}
		k++
	}
	fiscal := false
	if p.lw(k) == "fiscal" {
		fiscal = true
		k++
	} else if p.lw(k) == "calendar" && p.lw(k+1) == "year" {
		k++ // "this calendar year": the year, said against a fiscal one
	} else if (p.lw(k) == "working" || p.lw(k) == "work") && p.lw(k+1) == "week" {
		k++ // "this working week": the week
	}
	u := p.lw(k)
	if u == "workweek" {
		u = "week"
	}
	r := res{start: i, end: k + 1, typ: doc.Date, point: true}
	if dw == "that" && !the {
		if r, ok := p.thatPart(r, u); ok {
			return r, true
		}
	}
	if cu, ok := calUnits[u]; ok {
		if cu == "day" && (dw == "that" || dw == "this") && p.lw(k+1) == "has" && (p.lw(k+2) == "come" || p.lw(k+2) == "arrived") {
			// "that day has come": the day long spoken of is now.
			r.value = "PRESENT_REF"
			return r, true
		}
		if cu == "day" && !the && dw == "that" && p.saidOnLastDay(i) {
			// "Yesterday, the mayor said that day would be historic":
			// the day named is the day of speaking; "that day" is one
			// named before it, or none.
			r.value = underspecified(cu)
			if p.dayBefore != "" {
				r.value = p.dayBefore
			}
			return r, true
		}
		if the && (dw == "following" || dw == "previous" || dw == "next" && (cu == "day" || cu == "morning")) || !the && dw == "that" {
			// "the following year", "the next day": relative to the date
			// the story last gave.
			r.value = p.fromLast(n, cu)
			return r, true
		}
		if cu == "day" {
			return res{}, false
		}
		if (the && n != 0 || dw == "past" || dw == "coming") && cu != "year" && cu != "month" && cu != "quarter" {
			// "the past week", "the coming decade": a stretch of time.
			// "The past year", "the last quarter" and "the coming month"
			// name the calendar unit before or after publication, as
			// TimeBank and MEANTIME annotate them (below).
			r.typ, r.point = doc.Duration, false
			r.value = durationValue(1, units[u])
			if cu == "quarter" {
				r.value = "P3M"
			}
			if cu == "weekend" {
				r.value = "P1WE"
			}
			if n != 0 && p.lw(r.end) != "of" {
				// The unit it covers as its Range, as "the past two
				// weeks" has: the week before this one, the next decade.
				p.countedSpan(&r, dw, 1, units[u], false)
			}
			return r, true
		}
		if !p.hasRef {
			r.value = underspecified(cu)
			return r, true
		}
		r.value = thisUnit(p.ref, n, cu)
		if fiscal && cu == "year" {
			r.value = "FY" + r.value
		}
		return r, true
	}
	if fiscal {
		return res{}, false
	}
	if m, ok := months[u]; ok && fullMonth(u) && p.isCap(k) {
		switch n {
		case 0:
			r.value = p.resolveMonth(m, i, k+1, 2, false)
		default:
			r.value = p.resolveMonth(m, i, k+1, n, true)
		}
		return r, true
	}
	if s, ok := seasons[u]; ok {
		r.value = p.resolveSeason(s, i, k+1, n, true)
		return r, true
	}
	return res{}, false
}

func (p *parser) resolveSeason(s string, start, end, dir int, explicit bool) string {
	if !p.hasRef {
		return "XXXX-" + s
	}
	y := p.ref.Year()
	rm := int(p.ref.Month())
	cur := ""
	switch {
	case rm >= 3 && rm <= 5:
		cur = "SP"
	case rm >= 6 && rm <= 8:
		cur = "SU"
	case rm >= 9 && rm <= 11:
		cur = "FA"
	default:
		cur = "WI"
	}
	curY := y
	if rm <= 2 {
		curY = y - 1
	}
	if !explicit {
		dir = -1
		if t := p.tense(start, end); t > 0 || t == 0 && scheduleAhead((seasonStart[s]-rm+12)%12) && p.toks[start].Tag != "" && p.presentVerbBefore(start) {
			// A plan, or a present tense telling a schedule ("the
			// school reopens in the autumn") of a season that starts
			// within six months: the season ahead.
			dir = 1
		}
		if s == cur {
			if dir < 0 && partAhead(p.lw(end-2), rm) && p.clauseInPast(start, end) {
				// "Crops were planted in late spring", written in
				// March: this spring's late part is still ahead, so the
				// past one is last year's.
				return pad(curY-1, 4) + "-" + s
			}
			return pad(curY, 4) + "-" + s
		}
	}
	st := seasonStart[s]
	switch dir {
	case 0:
		if s == "WI" && rm <= 2 {
			return pad(y-1, 4) + "-WI"
		}
		return pad(y, 4) + "-" + s
	case -1:
		if s == cur {
			return pad(curY-1, 4) + "-" + s
		}
		if st <= rm && !(s == "WI" && rm <= 2) {
			return pad(y, 4) + "-" + s
		}
		if s == "WI" {
			if rm <= 2 {
				return pad(y-2, 4) + "-" + s
			}
			return pad(y-1, 4) + "-" + s
		}
		return pad(y-1, 4) + "-" + s
	default:
		if s == cur {
			return pad(curY+1, 4) + "-" + s
		}
		if st > rm {
			return pad(y, 4) + "-" + s
		}
		if s == "WI" && rm <= 2 {
			return pad(y, 4) + "-" + s
		}
		return pad(y+1, 4) + "-" + s
	}
}

// partAhead reports whether the part of the current season a word names
// ("mid", "late") has not yet begun in month rm: seasons run three months
// from March, June, September and December, "mid" being the second and
// "late" the third.
func partAhead(part string, rm int) bool {
	nth := (rm+9)%3 + 1 // March, June, September, December are 1
	return part == "mid" && nth < 2 || part == "late" && nth < 3
}

// count reads how many units a duration has: digits, number words, "a",
// "a couple of", "half a", or a vague word (-1: "several", "a few").
// A dozen rules ask it at the same token, so the answer is remembered;
// it depends only on the token and the sentence bounds.
func (p *parser) count(i int) (float64, int, bool) {
	c := &p.counts[i&(len(p.counts)-1)]
	if c.set && c.i == i && c.first == p.first && c.limit == p.limit {
		return c.v, c.end, c.ok
	}
	v, end, ok := p.countAt(i)
	*c = countMemo{i: i, first: p.first, limit: p.limit, end: end, v: v, ok: ok, set: true}
	return v, end, ok
}

// countMemo is one remembered answer of count.
type countMemo struct {
	i, first, limit, end int
	v                    float64
	ok, set              bool
}

func (p *parser) countAt(i int) (float64, int, bool) {
	w := p.lw(i)
	if v, end, ok := p.unitFraction(i); ok {
		return v, end, true
	}
	switch w {
	case "":
		return 0, i, false
	case "a", "an":
		switch p.lw(i + 1) {
		case "couple":
			if p.lw(i+2) == "of" {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "few":
			return -1, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "half":
			return 0.5, i + 2, true
		}
		if v, n, ok := p.words(i); ok && n > 1 {
			return v, i + n, true
		}
		return 1, i + 1, true
	case "couple":
		if p.lw(i+1) == "of" {
			return 2, i + 2, true
		}
		if coupleUnit(p.lw(i-1), p.lw(i+1)) {
			return 2, i + 1, true // "the past couple years"
		}
	case "half":
		if a := p.lw(i + 1); a == "a" || a == "an" {
			return 0.5, i + 2, true
		}
		return 0.5, i + 1, true
	case "dozens", "hundreds", "thousands", "tens":
		if p.lw(i+1) == "of" {
			return -1, i + 2, true
		}
		return 0, i, false
	case "dozen":
		return 12, i + 1, true
	}
	if vagueNumbers[w] {
		return -1, i + 1, true
	}
	if c := w[0]; c >= '0' && c <= '9' {
		for k := 0; k < len(w); k++ {
			if c := w[k]; (c < '0' || c > '9') && c != ',' && c != '.' {
				return 0, i, false
			}
		}
		v, ok := digitsValue(w)
		if !ok {
			return 0, i, false
		}
		if p.lw(i+1) == "and" && (p.lw(i+2) == "a" || p.lw(i+2) == "an") && p.lw(i+3) == "half" {
			return v + 0.5, i + 4, true
		}
		switch p.lw(i + 1) {
		case "1/2", "½":
			return v + 0.5, i + 2, true
		case "1/4", "¼":
			return v + 0.25, i + 2, true
		case "3/4", "¾":
			return v + 0.75, i + 2, true
		}
		return v, i + 1, true
	}
	if !mayStartNumber(w) {
		return 0, i, false
	}
	if v, n, ok := p.words(i); ok {
		if p.lw(i+n) == "and" && p.lw(i+n+1) == "a" && p.lw(i+n+2) == "half" {
			return v + 0.5, i + n + 3, true
		}
		return v, i + n, true
	}
	return 0, i, false
}

// mayStartNumber reports whether numparse.Words can read a number that
// starts with word w: a number word, a digit or sign, a hyphenated
// compound or fraction, or one of the few words that open a spelled-out
// number ("minus five", "half a million", "hundred thousand"). Any other
// plain word is rejected without running the whole number grammar.
func mayStartNumber(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.IndexByte(w, '-') >= 0 {
		return true
	}
	switch w {
	case "a", "an", "one", "half", "quarter", "hundred", "minus", "negative":
		return true
	}
	_, ok := numparse.Unit(w)
	return ok
}

func (p *parser) words(i int) (float64, int, bool) {
	n := 0
	for k := i; k < p.limit && n < len(p.wbuf); k++ {
		if w := p.toks[k].Lower; w == "quarter" || w == "quarters" {
			break // "the next three quarters" counts periods, not fourths
		}
		p.wbuf[n] = p.toks[k].Lower
		n++
	}
	return numparse.Words(p.wbuf[:n])
}

// duration reads "two months", "48 hours", "the past two years", "several
// days", "a year and a half", "two days ago", "in two weeks", "for years".
func (p *parser) duration(i int) (res, bool) {
	j := i
	the := false
	if p.lw(j) == "the" {
		the = true
		j++
	}
	lead := ""
	switch p.lw(j) {
	case "past", "last", "next", "coming", "first", "previous", "final", "initial", "following", "latest", "preceding", "other":
		lead = p.lw(j)
		j++
	}
	v, k, ok := p.count(j)
	vague := false
	if !ok {
		u, isU := units[p.lw(j)]
		if !isU || !u.plural || lead == "first" || lead == "final" || lead == "initial" {
			return res{}, false
		}
		if pw := p.lw(i - 1); pw == "early" || pw == "late" || pw == "small" || pw == "wee" {
			return res{}, false // "the early hours of Saturday"
		}
		if !the && lead == "" {
			switch p.lw(i - 1) {
			case "for", "over", "within", "took", "spent", "lasted", "in", "after", "last", "lasting":
			default:
				switch p.lw(i + 1) {
				case "ago", "later", "earlier", "of", "before", "after":
				default:
					return res{}, false
				}
			}
		}
		if the && lead == "" {
			return res{}, false
		}
		v, k, vague = -1, j, true
	} else if v < 0 {
		vague = true
	}
	if !vague && (v <= 0 || v > 10000) {
		return res{}, false
	}
	if t := p.lw(j); len(t) == 4 && allDigits(t) && (p.lw(i-1) == "at" || t[0] == '0') && (p.lw(k) == "hours" || p.lw(k) == "hrs") {
		return res{}, false // "at 1300 hours": a clock time (clock)
	}
	switch p.lw(k) {
	case "more", "additional", "full", "straight", "consecutive", "extra", "whole", "further", "long":
		if _, ok := units[p.lw(k+1)]; ok {
			k++
		}
	}
	u, isU := units[p.lw(k)]
	if !isU {
		if q := p.lw(k); (q == "quarters" || q == "quarter") && (lead != "" || vague) {
			// "the next three quarters", "several quarters"; a bare
			// "three quarters" is a fraction.
			u, isU = unit{"M", false, 3, q == "quarters"}, true
		} else {
			return res{}, false
		}
	}
	if u.code == "WE" && !vague && v != 1 && !u.plural {
		return res{}, false
	}
	if p.lw(k) == "second" && v == 1 {
		// "a second time", "one second round", "a second A380": an
		// ordinal before a word or a name, not a unit; before punctuation
		// or the end ("for a second.") it is the unit.
		switch n := p.text(k + 1); {
		case n == "" || (n[0] < 'a' || n[0] > 'z') && (n[0] < 'A' || n[0] > 'Z') && (n[0] < '0' || n[0] > '9'):
		case n == "ago" || n == "later" || n == "earlier" || n == "before" || n == "after" || n == "or" || n == "and":
		case n == "from" && p.lw(k+2) == "now": // "one second from now"
		default:
			return res{}, false
		}
	}
	k++
	if !vague && p.lw(k) == "and" && p.lw(k+1) == "a" && p.lw(k+2) == "half" {
		v += 0.5
		k += 3
	}
	r := res{start: i, end: k, typ: doc.Duration, rel: !the && lead == ""}
	if vague {
		r.value = vagueValue(u)
	} else {
		r.value = durationValue(v, u)
	}
	if the || lead != "" {
		p.countedSpan(&r, lead, v, u, vague)
		return r, true
	}
	switch p.lw(k) {
	case "ago", "earlier", "back":
		if p.lw(k) == "back" && !vague && p.lw(k+1) != "," && p.lw(k+1) != "." && p.lw(k+1) != "" {
			return r, true
		}
		if p.lw(k) == "earlier" && (u.code == "D" || u.code == "W" || u.clock) && !comparedWith(p.lw(i-2), p.lw(i-1)) {
			// "A day earlier, trucks streamed in": counted from an
			// event of the story, a length as "three days later" is;
			// "a year earlier" in a report, and "from a week
			// earlier", are the period compared.
			r.end = k + 1
			return r, true
		}
		r.end = k + 1
		r.typ = doc.Date
		r.point = true
		switch {
		case vague:
			r.value = "PAST_REF"
		case !p.hasRef:
			r.value = underspecifiedUnit(u)
		case v == 1 && u.code == "Y" && u.mult == 1 && p.lastQ != "":
			r.value = p.yearBefore()
		default:
			r.value = shift(p.refFor(u), -int(v+0.5), u)
			if v != float64(int(v)) {
				r.mod = "APPROX"
			}
		}
		if u.code == "D" && !vague && p.hasRef {
			r.day = r.value
		}
		return r, true
	case "later":
		r.end = k + 1
		return r, true
	case "from", "hence":
		if p.lw(k) == "from" && p.lw(k+1) != "now" {
			return r, true
		}
		r.end = k + 1
		if p.lw(k) == "from" {
			r.end = k + 2
		}
		return p.future(r, v, u, vague), true
	}
	if p.lw(i-1) == "in" && p.lw(k) != "of" && !vague && p.tense(i, k) >= 0 && p.lw(i-2) != "once" && (p.tense(i, k) > 0 || !p.rankBefore(i-1)) {
		// "in two weeks": a date that far ahead of publication.
		switch p.lw(k) {
		case "'", "’", "'s", "time":
			if p.lw(k) == "time" || p.lw(k+1) == "time" {
				r.end = k + 1
				if p.lw(k) != "time" {
					r.end = k + 2
				}
			}
		}
		return p.future(r, v, u, vague), true
	}
	return r, true
}

// rankBefore reports whether a superlative or "first" ranks something
// within the stretch that the "in" at token in opens: "the worst drought
// in 50 years", "the first rise in three months" look back over that
// length, not ahead to a date. The superlative is a tagged JJS or RBS, or
// one of the common ones for text without tags, with no verb between it
// and "in". A rank told ahead ("will make her first visit in two weeks")
// or that already names its stretch ("its biggest match of the season in
// three weeks", "the largest summit in its history in two months") is a
// date ahead.
func (p *parser) rankBefore(in int) bool {
	for k := in - 1; k >= p.first && k >= in-6; k-- {
		if p.verbOrAhead(k) {
			return false // "the best players will return in three weeks"
		}
		if t := p.toks[k].Tag; t == "JJS" || t == "RBS" || rankWords[p.lw(k)] {
			return !p.rankScoped(k, in) && !p.aheadBefore(k)
		}
	}
	return false
}

// verbOrAhead reports whether token k ends a clause, is a verb, or tells
// the future.
func (p *parser) verbOrAhead(k int) bool {
	t, w := p.toks[k].Tag, p.lw(k)
	return clauseStop[w] || modals[w] || futureCues[w] || strings.HasPrefix(t, "VB") || t == "MD"
}

// aheadBefore reports whether a modal or a cue of the future comes before
// token k in its clause: "will make her first visit".
func (p *parser) aheadBefore(k int) bool {
	for j := k - 1; j >= p.first && j >= k-8; j-- {
		w := p.lw(j)
		if clauseStop[w] {
			return false
		}
		if modals[w] || futureCues[w] || p.toks[j].Tag == "MD" {
			return true
		}
	}
	return false
}

// rankScoped reports whether the words between a superlative at token k
// and the "in" at token in already name the stretch it ranks over: "ever",
// "in its history", "of the season", "of the year".
func (p *parser) rankScoped(k, in int) bool {
	for j := k + 1; j < in; j++ {
		switch p.lw(j) {
		case "ever", "history":
			return true
		case "season", "year", "decade", "century", "career":
			if p.lw(j-2) == "of" {
				return true
			}
		}
	}
	return false
}

// comparedWith reports whether the two words before an expression set a
// figure against it ("rose from a week earlier", "than a day earlier",
// "compared with two weeks earlier", "versus"): it is then the period
// compared, a date.
func comparedWith(w2, w1 string) bool {
	switch w1 {
	case "from", "than", "with", "versus", "vs.", "vs":
		return true
	case "to":
		return w2 == "compared"
	}
	return false
}

// rankWords rank an event against others over a stretch of time.
var rankWords = map[string]bool{
	"first": true, "worst": true, "best": true, "highest": true, "lowest": true, "biggest": true, "largest": true,
	"smallest": true, "strongest": true, "weakest": true, "longest": true, "fastest": true, "slowest": true,
	"deadliest": true, "heaviest": true, "most": true, "least": true,
}

// countedSpan gives "the past two weeks", "the last 3 days", "the next
// three months" the calendar units it counts back or forward from the
// publication date as a Range (2013-W05 to 2013-W06 said on Tuesday
// 2013-02-12: the two whole weeks before this one; "the next 3 days" the
// 13th to the 15th), as "two weeks ago" names a week. The value stays the
// duration TimeML writes (P2W), so the ledger keeps both the length and
// where it lies. A vague count ("the past few days"), a fraction or a
// fortnight has no ends.
func (p *parser) countedSpan(r *res, lead string, v float64, u unit, vague bool) {
	if vague || !p.hasRef || v != float64(int(v)) || v < 1 || u.code == "WE" || r.rangeEnd != "" {
		return
	}
	n := int(v)
	if p.lw(r.end) == "of" {
		p.spanOf(r, lead, n, u)
		return
	}
	at := func(k int) string { return shift(p.refFor(u), k, u) }
	if u.clock && u.code == "S" {
		// Seconds are written to the second: shift's clock format stops
		// at the minute, which would make "the last 2 seconds" a minute.
		at = func(k int) string {
			t := p.refTime.Add(time.Duration(k) * time.Second)
			return fmtClock(t) + ":" + pad(t.Second(), 2)
		}
	}
	if u.mult != 1 {
		// Quarters, decades and centuries are counted in their own
		// calendar units ("the past two quarters": the last two whole
		// quarters); a fortnight is not a calendar unit.
		name := map[unit]string{{"M", false, 3, true}: "quarter", {"Y", false, 10, true}: "decade", {"Y", false, 100, true}: "century"}[unit{u.code, u.clock, u.mult, true}]
		if name == "" {
			return
		}
		at = func(k int) string { return thisUnit(p.ref, k, name) }
	}
	var a, b string
	switch lead {
	case "past", "last", "previous", "preceding":
		a, b = at(-n), at(-1)
	case "next", "coming", "following":
		a, b = at(1), at(n)
	default:
		return
	}
	if a == "" || b == "" || a[0] == 'X' || b[0] == 'X' {
		return
	}
	if u.code == "H" && u.clock && len(a) == 16 && len(b) == 16 {
		a, b = a[:13], b[:13] // whole hours, as the other units are whole
	}
	r.rangeStart, r.rangeEnd = a, b
}

// spanOf reads "the first nine months of 1997", "the last 3 weeks of this
// year", "the first ten days of last year": units counted from the start
// or back from the end of the year or month after "of", which stays an
// expression of its own (TimeML: P9M with 1997 as its begin point). The
// units go in the duration's Range (1997-01 to 1997-09); weeks are the ISO
// weeks of the year (its first is W01, its last the week of 28 December).
func (p *parser) spanOf(r *res, lead string, n int, u unit) {
	if lead != "first" && lead != "last" && lead != "final" || u.clock {
		return
	}
	saved := p.memory
	per, ok := p.core(r.end + 1)
	p.memory = saved
	if !ok || per.mod != "" || per.rangeEnd != "" || per.value == "" || per.value[0] == 'X' {
		return
	}
	var from, to time.Time // the period, end exclusive
	switch v := per.value; {
	case len(v) == 4 && allDigits(v):
		y, _ := strconv.Atoi(v)
		from, to = date(y, 1, 1), date(y+1, 1, 1)
	case len(v) == 7 && allDigits(v[:4]) && v[4] == '-' && allDigits(v[5:]):
		y, _ := strconv.Atoi(v[:4])
		m, _ := strconv.Atoi(v[5:])
		from, to = date(y, m, 1), date(y, m+1, 1)
	default:
		return
	}
	first := lead == "first"
	var a, b string
	switch {
	case u.code == "D" && u.mult == 1:
		if first {
			a, b = fmtDay(from), fmtDay(from.AddDate(0, 0, n-1))
		} else {
			a, b = fmtDay(to.AddDate(0, 0, -n)), fmtDay(to.AddDate(0, 0, -1))
		}
	case u.code == "W" && to.Sub(from) > 40*24*time.Hour:
		w1 := from.AddDate(0, 0, 3) // 4 January: in ISO week 1
		wl := to.AddDate(0, 0, -4)  // 28 December: in the last ISO week
		if first {
			a, b = fmtWeek(w1), fmtWeek(w1.AddDate(0, 0, 7*(n-1)))
		} else {
			a, b = fmtWeek(wl.AddDate(0, 0, -7*(n-1))), fmtWeek(wl)
		}
	case u.code == "M" && !u.clock && (u.mult == 1 || u.mult == 3):
		k := n * u.mult
		if first {
			e := from.AddDate(0, k-1, 0)
			a, b = fmtMonth(from.Year(), int(from.Month())), fmtMonth(e.Year(), int(e.Month()))
		} else {
			s, e := to.AddDate(0, -k, 0), to.AddDate(0, -1, 0)
			a, b = fmtMonth(s.Year(), int(s.Month())), fmtMonth(e.Year(), int(e.Month()))
		}
	default:
		return
	}
	if u.code == "W" && n > 52 || u.code != "W" && (a < fmtDay(from)[:len(a)] || b > fmtDay(to.AddDate(0, 0, -1))[:len(b)]) {
		return // more units than the period holds
	}
	r.rangeStart, r.rangeEnd = a, b
}

func (p *parser) future(r res, v float64, u unit, vague bool) res {
	r.typ = doc.Date
	r.point = true
	switch {
	case vague:
		r.value = "FUTURE_REF"
	case !p.hasRef:
		r.value = underspecifiedUnit(u)
	case u.clock:
		r.value = clockAfter(p.refTime, v, u)
	default:
		r.value = shift(p.refFor(u), int(v+0.5), u)
	}
	return r
}

// refFor is the publication instant for clock units (so "in two hours"
// keeps the time of day) and the publication day otherwise.
func (p *parser) refFor(u unit) time.Time {
	if u.clock {
		return p.refTime
	}
	return p.ref
}

func underspecifiedUnit(u unit) string {
	switch {
	case u.clock:
		return "XXXX-XX-XXTXX:XX"
	case u.code == "D":
		return "XXXX-XX-XX"
	case u.code == "W":
		return "XXXX-WXX"
	case u.code == "WE":
		return "XXXX-WXX-WE"
	case u.code == "M":
		return "XXXX-XX"
	case u.mult == 10:
		return "XXX"
	case u.mult == 100:
		return "XX"
	}
	return "XXXX"
}

var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
	"nineties": 9,
}

// year reads "2024" in context, "the 1990s", "the '90s", "fiscal 1989",
// "the year 2000", "the 20th century".
func (p *parser) year(i int) (res, bool) {
	j := i
	the := p.lw(j) == "the"
	if the {
		j++
	}
	w := p.lw(j)
	r := res{start: i, typ: doc.Date, point: true}
	// Decades.
	if dec, ok := decade(w); ok {
		if len(w) <= 4 && !the && !yearPreps[p.lw(i-1)] { // "90s" needs "the"
			return res{}, false
		}
		r.end = j + 1
		r.value = dec
		return r, true
	}
	if d, ok := decadeWords[w]; ok && the {
		r.end = j + 1
		r.value = "19" + strconv.Itoa(d)
		return r, true
	}
	// Centuries: "the 20th century", "the twentieth century".
	if p.lw(j+1) == "century" {
		n := 0
		if o, ok := numparse.Ordinals[w]; ok {
			n = o
		} else if o, ok := compoundOrdinal(w); ok {
			n = o // "the twenty-first century"
		} else if len(w) > 2 {
			n, _ = strconv.Atoi(w[:len(w)-2])
		}
		if n >= 1 && n <= 22 {
			r.end = j + 2
			r.value = pad(n-1, 2)
			p.centuryEra(&r) // "the fifth century BC"
			return r, true
		}
	}
	if y, e, ok := p.fyYear(j); ok {
		r.end, r.value = e, "FY"+pad(y, 4)
		return r, true
	}
	if w == "fiscal" {
		k := j + 1
		if p.lw(k) == "year" {
			k++
		}
		if y, ok := p.yearTok(k, true); ok {
			r.end = k + 1
			r.value = "FY" + pad(y, 4)
			return r, true
		}
		return res{}, false
	}
	if w == "year" && the {
		if y, ok := p.yearTok(j+1, true); ok {
			r.end = j + 2
			r.value = pad(y, 4)
			return r, true
		}
		if y, e, ok := p.spokenYear(j + 1); ok {
			r.end, r.value = e, pad(y, 4)
			return r, true
		}
		return res{}, false
	}
	// "in two thousand ten": a spoken year after a year preposition.
	if w == "two" && !the && yearPreps[p.lw(i-1)] {
		if y, e, ok := p.spokenYear(j); ok && e > j+2 {
			r.end, r.value = e, pad(y, 4)
			r.absY = y
			return r, true
		}
	}
	if w == "nineteen" || w == "eighteen" {
		// Spoken years in transcripts: "nineteen ninety-six".
		if v, ok := numparse.Unit(p.lw(j + 1)); ok && v >= 10 {
			c := 1900
			if w == "eighteen" {
				c = 1800
			}
			r.end = j + 2
			r.value = pad(c+int(v), 4)
			return r, true
		}
	}
	if the {
		return res{}, false
	}
	strong := yearPreps[p.lw(i-1)] || p.lw(i+1) == "'s" || p.backTo(i)
	if pw := p.lw(i - 1); pw == "to" || pw == "and" || pw == "or" || pw == "-" || pw == "–" || pw == "through" {
		if _, ok := p.yearTok(i-2, true); ok {
			strong = true
		}
	}
	y, ok := p.yearTok(i, strong)
	if !ok {
		return res{}, false
	}
	r.end = i + 1
	r.value = pad(y, 4)
	r.absY = y
	return r, true
}

// spokenYear reads "two thousand", "two thousand ten", "two thousand and
// fifteen" at k: the year and the end of its words.
func (p *parser) spokenYear(k int) (int, int, bool) {
	if p.lw(k) != "two" || p.lw(k+1) != "thousand" {
		return 0, 0, false
	}
	e := k + 2
	a := e
	if p.lw(a) == "and" {
		a++
	}
	if v, ok := numparse.Unit(p.lw(a)); ok && v >= 1 && v < 100 {
		return 2000 + int(v), a + 1, true
	}
	return 2000, e, true
}

// fyYear reads a fiscal year written as companies abbreviate it: "FY2012",
// "FY12", "FY 2012" (capitalised, so "fy" in other words is none). It
// gives the year and the token after it.
func (p *parser) fyYear(j int) (int, int, bool) {
	t := p.text(j)
	if len(t) < 2 || t[:2] != "FY" {
		return 0, 0, false
	}
	if t == "FY" {
		y, ok := p.yearTok(j+1, true)
		return y, j + 2, ok
	}
	d := t[2:]
	if !allDigits(d) || len(d) != 2 && len(d) != 4 {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(d)
	if len(d) == 2 {
		y += 2000
	}
	return y, j + 1, y >= 1900 && y <= 2199
}

// decade reads "1990s", "1990's" is two tokens; "'90s", "90s". A round
// hundred before 2000 names its century ("the early 1900s" is the start
// of the twentieth century, "the 1800s" the nineteenth), as news writes
// it; "the 2000s" stays the decade.
func decade(w string) (string, bool) {
	if len(w) == 5 && w[4] == 's' && allDigits(w[:4]) && w[3] == '0' {
		v, _ := strconv.Atoi(w[:4])
		if v >= 1000 && v < 2000 && w[2] == '0' {
			return w[:2], true
		}
		if v >= 1000 && v <= 2190 {
			return w[:3], true
		}
	}
	if (len(w) == 4 && w[0] == '\'') || len(w) == 3 || strings.HasPrefix(w, "’") {
		s := strings.TrimPrefix(strings.TrimPrefix(w, "'"), "’")
		if len(s) == 3 && s[2] == 's' && allDigits(s[:2]) && s[1] == '0' {
			if s[0] >= '2' {
				return "19" + s[:1], true
			}
			return "20" + s[:1], true
		}
	}
	return "", false
}

// clock reads "3 p.m.", "3:30pm", "15:30 GMT", "noon", "midnight", "12
// o'clock", "0900 GMT".
func (p *parser) clock(i int) (res, bool) {
	w := p.lw(i)
	h, m := -1, 0
	e := i + 1
	sec := ""
	// ish marks "11ish", "3ish pm", "noonish": about that hour.
	ish := false
	switch w {
	case "noonish":
		h, ish = 12, true
	case "noon", "midday":
		h = 12
	case "midnight":
		h = 24
	case "mid":
		// "mid night", "mid day": midnight and noon written apart.
		switch p.lw(i + 1) {
		case "night":
			h, e = 24, i+2
		case "day":
			h, e = 12, i+2
		default:
			return res{}, false
		}
	default:
		if w == "" || w[0] < '0' || w[0] > '9' {
			return res{}, false
		}
		num, suffix := w, ""
		for k := 0; k < len(w); k++ {
			if c := w[k]; (c < '0' || c > '9') && c != ':' && c != '.' {
				num, suffix = w[:k], w[k:]
				break
			}
		}
		// "7:56:30", "15:23:24": seconds after hours and minutes.
		if k := strings.LastIndexByte(num, ':'); k > 0 && strings.IndexByte(num, ':') < k {
			ss := num[k+1:]
			if len(ss) != 2 || !allDigits(ss) || ss > "59" {
				return res{}, false
			}
			sec, num = ":"+ss, num[:k]
		}
		if _, ap := ampm[suffix]; ap && strings.HasSuffix(num, ".") {
			num = num[:len(num)-1] // "9.am"
		}
		hh, mm, colon, ok := parseHM(num)
		if !ok {
			return res{}, false
		}
		pm, hasAP := ampm[suffix]
		hForm := false
		switch {
		case suffix == "ish" && !colon && len(num) <= 2:
			// Only where a clock time is expected: "he's 40ish" is an age.
			if _, ap := ampm[p.lw(i+1)]; !clockPreps[p.lw(i-1)] && p.lw(i-1) != "back" && !ap {
				return res{}, false
			}
			ish, suffix = true, ""
		case hasAP, suffix == "":
		case suffix == "p" || suffix == "a":
			// "3:20p", "7p": calendar shorthand.
			pm, hasAP = 12*boolInt(suffix == "p"), true
		case suffix[0] == 'h' && !colon && len(num) <= 2 && (len(suffix) == 3 && allDigits(suffix[1:]) ||
			len(suffix) == 1 && (!durationPreps[p.lw(i-1)] || p.minutesPast(i)) && !durationAfter[p.lw(i+1)]):
			// "16h00", "15h", "9h30": the French-style clock.
			hForm = true
			if len(suffix) == 3 {
				mm, _ = strconv.Atoi(suffix[1:])
			}
		case suffix != "":
			return res{}, false
		}
		if !hasAP && !hForm {
			if v, ok := ampm[p.lw(e)]; ok {
				pm, hasAP = v, true
				e++
			} else if p.lw(e) == "o'clock" || p.lw(e) == "oclock" {
				if v, ok := ampm[p.lw(e+1)]; ok {
					pm, hasAP = v, true
					e += 2
				}
			}
		}
		if !hasAP && !hForm && !colon || !hasAP && (p.lw(e) == "o'clock" || p.lw(e) == "oclock") {
			// "3 in the afternoon", "8 o'clock in the evening", "at 730
			// in the evening": the part of the day says am or pm.
			k := e
			oclock := p.lw(k) == "o'clock" || p.lw(k) == "oclock"
			if oclock {
				k++
			}
			// A bare number needs a clock preposition: "scored 3 in the
			// morning session" is a count.
			if v, n := p.dayHalf(k, hh); n > 0 && (oclock || clockPreps[p.lw(i-1)] || i == p.first) {
				pm, hasAP = v, true
				e = k + n
			}
		}
		if !hasAP && !hForm && !colon && hh <= 23 && timezones[p.lw(e)] &&
			(p.lw(i-1) == "at" || p.lw(i-1) == "@") && len(num) <= 2 {
			// "at 8 GMT": a zone makes a bare hour a clock time.
			hasAP, pm = true, 0
			if hh == 0 {
				hh = 12
			} else if hh > 12 {
				hh, pm = hh-12, 12
			}
		}
		if !hasAP && !hForm && hh >= 1 && hh <= 12 && (clockPreps[p.lw(i-1)] || i == p.first) {
			// "8 tonight", "at 9 tomorrow morning", "at 5 tomorrow
			// afternoon": the day and its part say which 8.
			if d, ok := p.deictic(e); ok && len(d.value) >= 10 && d.value[0] != 'X' && d.mod == "" {
				pod := ""
				if len(d.value) == 13 && d.value[10] == 'T' {
					pod = d.value[11:]
				} else if len(d.value) != 10 {
					pod = "-"
				}
				// Without a part of the day only "at 9 tomorrow" is a
				// time: "rose to 9 yesterday" is a count.
				if pod == "" && p.lw(i-1) != "at" && p.lw(i-1) != "@" && i != p.first {
					pod = "-"
				}
				if pod != "-" {
					r := p.clockRes(i, d.end, podHour(pod, hh), mm)
					r.value = d.value[:10] + "T" + r.clock
					return r, true
				}
			}
		}
		switch {
		case hForm:
			if hh > 24 || mm > 59 {
				return res{}, false
			}
		case hasAP:
			if hh < 1 || hh > 12 {
				return res{}, false
			}
			if hh == 12 {
				hh = 0
			}
			hh += pm
		case p.lw(e) == "o'clock":
			if hh < 1 || hh > 12 || colon {
				return res{}, false
			}
			e++
		case colon && strings.IndexByte(num, ':') > 0:
			if hh > 24 {
				return res{}, false
			}
		case ish:
			if hh < 1 || hh > 23 {
				return res{}, false
			}
		case len(num) == 4 && allDigits(num) && timezones[p.lw(e)]:
			v, _ := strconv.Atoi(num)
			hh, mm = v/100, v%100
			if hh > 24 || mm > 59 {
				return res{}, false
			}
		case len(num) == 4 && allDigits(num) && (p.lw(e) == "hours" || p.lw(e) == "hrs") && (p.lw(i-1) == "at" || num[0] == '0'):
			// "at 1300 hours", "0600 hrs": the 24-hour clock of police
			// and military statements, not a length of 1,300 hours.
			v, _ := strconv.Atoi(num)
			hh, mm = v/100, v%100
			if hh > 23 || mm > 59 {
				return res{}, false
			}
			e++
		default:
			return res{}, false
		}
		h, m = hh, mm
		if p.forward && p.hasRef && !hasAP && !hForm && colon && h >= 1 && h <= 11 && num[0] != '0' {
			// Read forward, "3:30" with no am or pm is the next 3:30:
			// this afternoon's when this morning's is past.
			now := p.refTime.Hour()*60 + p.refTime.Minute()
			if h*60+m < now && (h+12)*60+m > now {
				h += 12
			}
		}
		if sec != "" && !hasAP && i != p.first && !timezones[p.lw(e)] && p.lw(e) != "local" && !p.afterDate(i) {
			// "finished in 2:03:59" is a race time: seconds make a
			// clock time only with am/pm, a zone or "at".
			switch p.lw(i - 1) {
			case "at", "@", "until", "till", "since":
			default:
				return res{}, false
			}
		}
		if !hasAP && colon {
			if v, n := p.dayHalf(e, h); n > 0 && h >= 1 && h <= 12 {
				// "3:15 in the afternoon"
				h = h%12 + v
				e += n
			}
		}
	}
	zone := ""
	if timezones[p.lw(e)] {
		zone = p.lw(e)
		e++
	} else if p.lw(e) == "local" && p.lw(e+1) == "time" {
		e += 2
	} else if p.lw(e) == "(" && timezones[p.lw(e+1)] && p.lw(e+2) == ")" {
		zone = p.lw(e + 1)
		e += 3
	}
	r := p.clockRes(i, e, h, m)
	r.zone = zone
	if sec != "" && sec != ":00" {
		r.value += sec
		r.sec = sec
	}
	if ish {
		r.mod = "APPROX"
	}
	return r, true
}

// inZone rewrites a value "2013-02-14T08:00" written in zone as the same
// instant in loc (Options.ConvertZones). Values without a full date stay.
func inZone(v, zone string, loc *time.Location) string {
	off, ok := zoneOffsets[zone]
	if !ok || len(v) != 16 || v[0] == 'X' {
		return v
	}
	t, err := time.ParseInLocation("2006-01-02T15:04", v, time.FixedZone(zone, off*60))
	if err != nil {
		return v
	}
	return t.In(loc).Format("2006-01-02T15:04")
}

// clockRes builds a clock time h:m on the publication day. Read forward
// (Options.Direction), an hour already past that day is the next day's,
// and midnight is the start of the next day.
func (p *parser) clockRes(i, e, h, m int) res {
	c := pad(h, 2) + ":" + pad(m, 2)
	r := res{start: i, end: e, typ: doc.TimeOfDay, clock: c}
	switch {
	case !p.hasRef:
		r.value = "XXXX-XX-XXT" + c
	case p.forward && (h == 24 || h < p.refTime.Hour()):
		if h == 24 {
			h = 0
		}
		r.value = fmtDay(p.ref.AddDate(0, 0, 1)) + "T" + pad(h, 2) + ":" + pad(m, 2)
	default:
		r.value = fmtDay(p.ref) + "T" + c
		r.onRef = true
	}
	return r
}

// offsetWords follow the count in a clock offset ("20 past", "10 to").
var offsetWords = map[string]bool{"past": true, "after": true, "to": true, "before": true, "till": true}

// clockOffset reads a clock time counted from another: "a quarter past
// 3pm", "half past noon", "20 minutes past 3pm", "a quarter to noon",
// "15 past 3pm".
func (p *parser) clockOffset(i int) (res, bool) {
	k := i
	if p.lw(k) == "a" {
		k++
	}
	mins, named := 0, false
	switch p.lw(k) {
	case "quarter":
		mins, named = 15, true
		k++
	case "half":
		if k > i {
			return res{}, false
		}
		mins, named = 30, true
		k++
	default:
		if k > i || !offsetWords[p.lw(k+1)] && !offsetWords[p.lw(k+2)] && p.lw(k+2) != "from" {
			return res{}, false
		}
		v, e, ok := p.count(k)
		if !ok || v < 1 || v > 59 || v != float64(int(v)) {
			return res{}, false
		}
		mins, k = int(v), e
		switch p.lw(k) {
		case "minutes", "minute", "mins", "min":
			named = true
			k++
		}
	}
	sign := 1
	switch p.lw(k) {
	case "past", "after":
	case "from":
		// "15 minutes from 1pm": only with the unit and a clock time
		// after it ("15 minutes from downtown" is a distance).
		if c, ok := p.clock(k + 1); !named || !ok || c.clock == "" {
			return res{}, false
		}
	case "to", "before", "till":
		if !named && !p.minutesTo(i, k) {
			return res{}, false // "3 to 5pm" is an interval
		}
		sign = -1
	default:
		return res{}, false
	}
	k++
	c, ok := p.clock(k)
	if !ok || c.clock == "" {
		// "half past three pm", "a quarter past two"
		v, e, vok := p.count(k)
		if !vok || v < 1 || v > 12 || v != float64(int(v)) {
			return res{}, false
		}
		h := int(v)
		if pm, ok := ampm[p.lw(e)]; ok {
			h, e = h%12+pm, e+1
		}
		c, ok = p.clockRes(k, e, h, 0), true
	}
	h, _ := strconv.Atoi(c.clock[:2])
	m, _ := strconv.Atoi(c.clock[3:])
	if add, n := p.dayHalf(c.end, h); n > 0 && h >= 1 && h < 12 {
		// "20 past eight in the evening"
		h += add
		c.end += n
	}
	t := (h*60 + m + sign*mins + 24*60) % (24 * 60)
	if h == 24 {
		t = (24*60 + sign*mins) % (24 * 60)
	}
	r := p.clockRes(i, c.end, t/60, t%60)
	return r, true
}

// wordClock reads clock times in words: "three am", "at three twenty
// pm", "eight o'clock", "five in the afternoon".
func (p *parser) wordClock(i int) (res, bool) {
	w := p.lw(i)
	if w == "" || w[0] >= '0' && w[0] <= '9' || w == "a" || w == "an" {
		return res{}, false
	}
	v, k, ok := p.count(i)
	if !ok || v < 1 || v > 12 || v != float64(int(v)) || k != i+1 {
		return res{}, false
	}
	h, m := int(v), 0
	if mv, mk, ok := p.count(k); ok && mk == k+1 && mv >= 1 && mv <= 59 && mv == float64(int(mv)) {
		if _, ap := ampm[p.lw(mk)]; ap {
			m, k = int(mv), mk
		}
	}
	pm, hasAP := ampm[p.lw(k)]
	switch {
	case hasAP:
		h = h%12 + pm
		k++
	case p.lw(k) == "o'clock" || p.lw(k) == "oclock":
		k++
		if add, n := p.dayHalf(k, h); n > 0 {
			h, k = h%12+add, k+n
		}
	default:
		add, n := p.dayHalf(k, h)
		if n == 0 || !clockPreps[p.lw(i-1)] && i != p.first {
			return res{}, false
		}
		h, k = h%12+add, k+n
	}
	return p.clockRes(i, k, h, m), true
}

// dayHalf reads a part of the day that tells am from pm after a clock
// time: "in the afternoon", "in the evening", "in the morning", "at
// night", "in the AM". It returns the hours to add and the tokens read.
func (p *parser) dayHalf(k, h int) (int, int) {
	w := p.lw(k)
	if w != "in" && w != "at" {
		return 0, 0
	}
	n := 1
	if p.lw(k+1) == "the" {
		n = 2
	}
	switch p.lw(k + n) {
	case "morning", "am", "a.m.":
		return 0, n + 1
	case "afternoon", "evening", "pm", "p.m.":
		return 12, n + 1
	case "night":
		// "8 at night"; "2 at night" is the small hours.
		if w == "at" && h >= 6 && h <= 11 {
			return 12, n + 1
		}
	}
	return 0, 0
}

// durationPreps and durationAfter make "1h" a duration, not 01:00: "in
// 1h", "for 3h", "3h later".
var durationPreps = map[string]bool{
	"in": true, "for": true, "within": true, "over": true, "every": true, "last": true, "next": true,
	"past": true, "first": true, "about": true, "around": true, "nearly": true, "almost": true, "than": true,
}
var durationAfter = map[string]bool{"ago": true, "later": true, "earlier": true, "long": true, "of": true}

// podHour gives the 24-hour clock of hour h (1–12) in a part of the day:
// 8 in the evening is 20:00, 12 in the morning is midnight.
func podHour(pod string, h int) int {
	switch pod {
	case "MO":
		return h % 12
	case "AF", "EV":
		if h < 12 {
			return h + 12
		}
	case "NI":
		if h >= 6 && h < 12 {
			return h + 12
		}
		if h == 12 {
			return 0
		}
	}
	return h
}

// clockPreps come before a bare hour: "at 3 in the afternoon".
var clockPreps = map[string]bool{
	"at": true, "@": true, "around": true, "about": true, "by": true, "until": true, "till": true,
	"from": true, "to": true, "after": true, "before": true, "since": true,
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parseHM reads "3", "3:30", "15:30", "7.30".
func parseHM(s string) (h, m int, colon, ok bool) {
	if s == "" {
		return
	}
	k := indexEither(s, ':', '.')
	if k < 0 {
		if !allDigits(s) || len(s) > 4 {
			return
		}
		v, _ := strconv.Atoi(s)
		if len(s) <= 2 {
			return v, 0, false, true
		}
		return v / 100, v % 100, false, true
	}
	a, b := s[:k], s[k+1:]
	if a == "" || len(a) > 2 || len(b) != 2 || !allDigits(a) || !allDigits(b) {
		return
	}
	h, _ = strconv.Atoi(a)
	m, _ = strconv.Atoi(b)
	if m > 59 {
		return
	}
	return h, m, s[k] == ':', true
}

// setClock adds the clock time after a weekly set: "every Monday at 4pm"
// is XXXX-WXX-1T16:00.
func (p *parser) setClock(r *res) bool {
	if p.lw(r.end) != "at" {
		return false
	}
	c, ok := p.clock(r.end + 1)
	if !ok || c.clock == "" {
		c, ok = p.dottedClock(r.end + 1) // "Thursdays at 17.30"
	}
	if !ok || c.clock == "" {
		return false
	}
	r.value += "T" + c.clock + c.sec
	r.end = c.end
	return true
}

// set reads recurring times: "every week", "each July", "every Monday",
// "daily", "annually", "twice a week", "per year", "on Mondays".
func (p *parser) set(i int) (res, bool) {
	w := p.lw(i)
	r := res{start: i, typ: doc.Set}
	switch w {
	case "every", "each":
		k := i + 1
		n := 1.0
		if p.lw(k) == "other" {
			n = 2
			k++
		} else if v, kk, ok := p.count(k); ok && v > 0 && p.lw(k) != "a" && p.lw(k) != "an" {
			n = v
			k = kk
		}
		x := p.lw(k)
		if x == "quarter" && n == 1 {
			r.end, r.value = k+1, "P3M" // "each quarter"
			return r, true
		}
		if u, ok := units[x]; ok {
			r.end = k + 1
			r.value = durationValue(n, u)
			if u.code == "WE" && n == 1 {
				r.value = "XXXX-WXX-WE"
			} else if u.code == "WE" {
				r.value = "P" + fmtNum(n) + "WE" // "every two weekends"
			}
			return r, true
		}
		if wd, ok := weekdays[x]; ok {
			r.end, r.value = k+1, "XXXX-WXX-"+strconv.Itoa(wd)
			p.setClock(&r)
			return r, true
		}
		if m, ok := months[x]; ok && fullMonth(x) && p.isCap(k) {
			r.end, r.value = k+1, "XXXX-"+pad(m, 2)
			return r, true
		}
		if s, ok := seasons[x]; ok {
			r.end, r.value = k+1, "XXXX-"+s
			return r, true
		}
		if pod, ok := partsOfDay[x]; ok {
			r.end, r.value = k+1, "XXXX-XX-XXT"+pod
			return r, true
		}
		return res{}, false
	case "per", "a", "an":
		u, ok := units[p.lw(i+1)]
		if !ok || u.plural {
			return res{}, false
		}
		if w != "per" {
			prev := p.lw(i - 1)
			okPrev := false
			switch prev {
			case "once", "twice", "thrice", "times", "%", "percent", "million", "billion", "trillion", "dollars", "euros", "pounds":
				okPrev = true
			default:
				if prev != "" && prev[0] >= '0' && prev[0] <= '9' {
					okPrev = true
				} else if pu, ok := units[prev]; ok && pu.plural {
					okPrev = true
				}
			}
			if !okPrev {
				return res{}, false
			}
		}
		r.end, r.value = i+2, durationValue(1, u)
		return r, true
	}
	if v, ok := setAdverbs[w]; ok {
		if p.isCap(i) && (i != p.first || p.isCap(i+1)) {
			return res{}, false // "the Daily Telegraph"
		}
		r.end, r.value = i+1, v
		return r, true
	}
	if v, ok := adverbOnlySets[w]; ok && clauseEnd(p.lw(i+1)) {
		// "dividends are paid quarterly": the adverb, not "its quarterly
		// report" (TimeBank leaves the adjective untagged).
		r.end, r.value = i+1, v
		return r, true
	}
	if wd, ok := weekdayPlural[w]; ok && (p.lw(i-1) == "on" || p.lw(i+1) == "at") {
		r.end, r.value = i+1, "XXXX-WXX-"+strconv.Itoa(wd)
		if p.setClock(&r) || p.lw(i-1) == "on" {
			return r, true
		}
	}
	if w == "weekends" && p.lw(i-1) == "on" {
		r.end, r.value = i+1, "XXXX-WXX-WE"
		return r, true
	}
	return res{}, false
}

// quarter reads fiscal quarters and halves ("the third quarter", "Q3 2024",
// "the first half of 2024") and seasons ("summer 2024", "the spring").
func (p *parser) quarter(i int) (res, bool) {
	j := i
	the := p.lw(j) == "the"
	if the {
		j++
	}
	r := res{start: i, typ: doc.Date, point: true}
	if p.lw(j) == "fiscal" {
		j++
	}
	// "the 1988 third quarter", "the 1988 quarter", "the 1988 period".
	year := 0
	if y, ok := p.yearTok(j, true); ok && the {
		switch nw := p.lw(j + 1); {
		case nw == "quarter" || nw == "period":
			r.end = j + 2
			r.value = pad(y, 4)
			if p.lastQ != "" && p.lastQ[0] != 'X' {
				r.value += p.lastQ[4:]
			}
			return r, true
		case ordinalWords[nw] > 0 || nw == "fiscal" || strings.HasSuffix(nw, "-quarter") || strings.HasSuffix(nw, "-half"):
			year = y
			j++
			if p.lw(j) == "fiscal" {
				j++
			}
		}
	}
	if m := p.lw(j); the && (m == "early" || m == "late" || m == "mid") && seasons[p.lw(j+1)] != "" &&
		(!isLowerWord(p.text(j+2)) || podFollowers[p.text(j+2)]) {
		// "the early summer": the season with its part (TimeBank:
		// 1989-SU, mod START).
		r.mod = pointMods[m]
		j++
	}
	w := p.lw(j)
	q, kind, k := 0, "", j+1
	if h := strings.IndexByte(w, '-'); h > 0 {
		// "third-quarter", "first-half".
		o, ok := ordinalWords[w[:h]]
		switch {
		case ok && w[h+1:] == "quarter":
			q, kind = o, "Q"
		case ok && w[h+1:] == "half" && o <= 2:
			q, kind = o, "H"
		default:
			return res{}, false
		}
	} else if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		q, kind = int(w[1]-'0'), "Q"
	} else if len(w) == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2') && p.isCap(j) && p.yearAfter(j+1) {
		q, kind = int(w[1]-'0'), "H" // "H1 2012", as "Q1 2013"; "the H1 receptor" is none
	} else if the && (w == "quarter" || (w == "latest" || w == "current" || w == "recent") && p.lw(j+1) == "quarter") {
		// "the quarter", "the latest quarter": the quarter the article
		// reports on — the one it last named, else the last complete one.
		e := j + 1
		if w != "quarter" {
			e++
		}
		r.end = e
		switch {
		case p.lastQ != "":
			r.value = p.lastQ
		case p.hasRef:
			r.value = thisUnit(p.ref, -1, "quarter")
		default:
			r.value = "XXXX-QX"
		}
		return r, true
	} else if o, ok := ordinalWords[w]; ok || w == "final" {
		if w == "final" {
			o = 4
		}
		if p.lw(k) == "fiscal" {
			k++
		}
		switch p.lw(k) {
		case "quarter", "qtr":
			q, kind = o, "Q"
		case "half":
			if o > 2 {
				return res{}, false
			}
			q, kind = o, "H"
		default:
			return res{}, false
		}
		k++
	}
	if q > 0 {
		y, e, ok := p.periodYear(k)
		if year > 0 {
			y, e, ok = year, k, true
		}
		if !ok {
			if kind == "H" && !the {
				return res{}, false
			}
			if p.lw(k) == "of" {
				// "the first half of the match", "the fourth quarter of
				// the game": a part of something else. "of" before an
				// amount ("the third quarter of $226 million") or a
				// period the year reader did not take keeps the quarter.
				n := k + 1
				if p.lw(n) == "the" {
					n++
				}
				_, rel := relDir[p.text(n)]
				switch w := p.text(n); {
				case w == "fiscal" || rel || months[w] > 0:
				case isLowerWord(w):
					return res{}, false
				}
			}
			if !p.hasRef {
				r.end, r.value = k, "XXXX-"+kind+strconv.Itoa(q)
				return r, true
			}
			y = p.ref.Year()
			cur := (int(p.ref.Month())-1)/3 + 1
			if kind == "H" {
				cur = (int(p.ref.Month())-1)/6 + 1
			}
			// A quarter still ahead this year is last year's when the
			// sentence is past; one already over stays this year's even
			// in the future tense ("expects to report third-quarter
			// results").
			if q > cur && p.tense(i, k) < 0 {
				y--
			}
			e = k
		}
		r.end, r.value = e, pad(y, 4)+"-"+kind+strconv.Itoa(q)
		r.namesQuarter = kind == "Q"
		return r, true
	}
	// Seasons.
	if s, ok := seasons[w]; ok {
		if w == "fall" && !the && !yearPreps[p.lw(i-1)] {
			return res{}, false
		}
		if y, e, ok := p.periodYear(j + 1); ok {
			r.end, r.value = e, pad(y, 4)+"-"+s
			return r, true
		}
		prev := p.lw(i - 1)
		if prev == "early" || prev == "late" || prev == "mid" {
			// "in late spring": the mod is read by the caller, the cue
			// is the word before it.
			prev = p.lw(i - 2)
		}
		if !(the || prev == "in" || prev == "during" || prev == "since" || prev == "until" || prev == "by" || prev == "over" || prev == "this") {
			return res{}, false
		}
		if the && p.lw(j+1) == "of" {
			return res{}, false
		}
		r.end, r.value = j+1, p.resolveSeason(s, i, j+1, -1, false)
		return r, true
	}
	return res{}, false
}

// periodYear reads the year after a quarter or season: "2024", "of 2024",
// "of this year", "of the year", "of last year".
func (p *parser) periodYear(k int) (int, int, bool) {
	if y, ok := p.yearTok(k, true); ok {
		return y, k + 1, true
	}
	if p.lw(k) != "of" {
		return 0, k, false
	}
	if y, ok := p.yearTok(k+1, true); ok {
		return y, k + 2, true
	}
	if !p.hasRef || p.lw(k+2) != "year" {
		return 0, k, false
	}
	switch p.lw(k + 1) {
	case "this", "the":
		return p.ref.Year(), k + 3, true
	case "last":
		return p.ref.Year() - 1, k + 3, true
	case "next":
		return p.ref.Year() + 1, k + 3, true
	}
	return 0, k, false
}

// holiday reads named days: "Christmas", "Thanksgiving 2013", "last
// Easter", "New Year's Eve".
func (p *parser) holiday(i int) (res, bool) {
	j := i
	dir, strict := 0, false
	switch p.lw(j) {
	case "last", "past", "previous":
		dir, strict = -1, true
		j++
	case "next", "coming":
		dir, strict = 1, true
		j++
	case "this":
		dir = 2
		j++
	}
	if !holidayFirst[p.lw(j)] {
		return res{}, false
	}
	var h holiday
	e := 0
	name := ""
	// The key grows in a stack buffer: the lookup string(key) does not
	// allocate, only a name that matches is copied.
	var buf [96]byte
	key := buf[:0]
	for n := 1; n <= 6 && j+n <= p.limit; n++ {
		if n > 1 {
			key = append(key, ' ')
		}
		key = append(key, p.lw(j+n-1)...)
		if hh, ok := holidays[string(key)]; ok {
			h, e, name = hh, j+n, string(key)
		}
	}
	if e == 0 || !p.isCap(j) && (!lowerHoliday(name) && !p.yearAfter(e) || p.toks[j].Text != p.toks[j].Lower) {
		return res{}, false
	}
	if !p.feastContext(name, j, e) || p.nameGoesOn(j, e) {
		return res{}, false
	}
	if saintsWithYear[name] || festivalNeedsCue[name] {
		if _, ok := p.yearTok(e, true); !ok && !(festivalNeedsCue[name] && p.festivalCue(j, e)) {
			return res{}, false // "Saint Patrick" alone is the saint, "Rakhi" alone a woman
		}
	}
	r := res{start: i, end: e, typ: doc.Date, point: true}
	md := func(y int) (int, int) {
		if h.calc != nil {
			return h.calc(y)
		}
		return h.month, h.day
	}
	if y, ok := p.yearTok(e, true); ok {
		m, d := md(y)
		r.end = e + 1
		r.value = fmtYMD(y, m, d)
		r.day = r.value
		return r, true
	}
	if y, k, ok := p.spokenYear(e); ok {
		// "Easter Sunday two thousand ten".
		m, d := md(y)
		r.end, r.value = k, fmtYMD(y, m, d)
		r.day = r.value
		return r, true
	}
	// "Christmas of 2014"; "Diwali in 2019": the day in the year named.
	if w := p.lw(e); w == "of" || w == "in" {
		if y, ok := p.yearTok(e+1, true); ok {
			m, d := md(y)
			r.end, r.value = e+2, fmtYMD(y, m, d)
			r.day = r.value
			return r, true
		}
	}
	// "Thanksgiving of next year".
	if p.lw(e) == "of" {
		if n, ok := relDir[p.lw(e+1)]; ok && p.lw(e+2) == "year" && p.lw(e+1) != "following" && p.lw(e+1) != "that" && p.hasRef {
			y := p.ref.Year() + n
			m, d := md(y)
			r.end, r.value = e+3, fmtYMD(y, m, d)
			r.day = r.value
			return r, true
		}
	}
	// "Holi in five years", "Onam six years hence": the day in the year
	// counted from the reference year.
	if p.hasRef {
		k := e
		if p.lw(e) == "in" {
			k++
		}
		// "in a year" closes the phrase: "Christmas in a year of
		// lockdowns" is that year's Christmas.
		article := p.lw(k) == "a" || p.lw(k) == "an"
		if v, n, ok := p.count(k); ok && v >= 1 && v == float64(int(v)) && (p.lw(n) == "years" || p.lw(n) == "year") &&
			(k > e) != (p.lw(n+1) == "hence") && (!article || !p.wordAt(n+1)) && !p.rankedBefore(i) {
			y := p.ref.Year() + int(v)
			m, d := md(y)
			r.end, r.value = n+1, fmtYMD(y, m, d)
			if k == e {
				r.end++
			}
			r.day = r.value
			return r, true
		}
	}
	if !p.hasRef {
		if h.calc != nil {
			r.value = "XXXX-XX-XX"
		} else {
			r.value = fmtYMD(0, h.month, h.day)
		}
		return r, true
	}
	if dir == 0 {
		dir = p.tense(i, e)
	}
	if t, ok := p.feastNear(name, dir, strict); ok {
		r.value = fmtYMD(t.Year(), int(t.Month()), t.Day())
		r.day = r.value
		return r, true
	}
	y := p.ref.Year()
	m, d := md(y)
	cand := date(y, m, d)
	switch dir {
	case -1:
		if cand.After(p.ref) || strict && cand.Equal(p.ref) {
			y--
		}
	case 1:
		if cand.Before(p.ref) || strict && cand.Equal(p.ref) {
			y++
		}
	case 0:
		best := time.Duration(1 << 62)
		for yy := p.ref.Year() - 1; yy <= p.ref.Year()+1; yy++ {
			m, d := md(yy)
			dist := date(yy, m, d).Sub(p.ref)
			if dist < 0 {
				dist = -dist
			}
			if dist < best {
				best, y = dist, yy
			}
		}
	}
	m, d = md(y)
	r.value = fmtYMD(y, m, d)
	r.day = r.value
	return r, true
}

// compound reads hyphenated tokens the tokenizer keeps whole: "25-minute",
// "five-year", "mid-2024", "mid-1990s", "late-November", "third-quarter",
// "day-long", "year-earlier", "post-1959".
func (p *parser) compound(i int) (res, bool) {
	w := p.lw(i)
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 {
		return res{}, false
	}
	a, b := w[:h], w[h+1:]
	r := res{start: i, end: i + 1, typ: doc.Date, point: true}
	if strings.HasSuffix(w, "-old") {
		return res{}, false
	}
	switch a {
	case "mid", "early", "late", "pre", "post", "end":
		mod := map[string]string{"mid": "MID", "early": "START", "late": "END", "pre": "BEFORE", "post": "AFTER", "end": "END"}[a]
		if dec, ok := decade(b); ok {
			r.value, r.mod = dec, mod
			return r, true
		}
		if len(b) == 4 && allDigits(b) {
			v, _ := strconv.Atoi(b)
			if v >= 1000 && v <= 2199 {
				r.value, r.mod = b, mod
				return r, true
			}
		}
		if m, ok := months[b]; ok && fullMonth(b) || ok && strings.HasSuffix(b, ".") {
			r.value, r.mod = p.resolveMonth(m, i, i+1, 0, false), mod
			if y, ok := p.yearTok(i+1, true); ok {
				r.end = i + 2
				r.value = fmtMonth(y, m)
			}
			return r, true
		}
		if pod, ok := partsOfDay[b]; ok && a != "pre" && a != "post" {
			// "mid-afternoon", "late-night".
			r.typ, r.value, r.mod = doc.TimeOfDay, "XXXX-XX-XXT"+pod, mod
			if p.hasRef {
				r.value = fmtDay(p.ref) + "T" + pod
			}
			return r, true
		}
		if a == "mid" || a == "end" {
			if u, ok := calUnits[b]; ok && u != "day" && p.hasRef {
				r.value, r.mod = thisUnit(p.ref, 0, u), mod
				return r, true
			}
		}
		return res{}, false
	case "year":
		switch b {
		case "earlier", "ago":
			r.value = p.yearBefore()
			return r, true
		case "end":
			r.value, r.mod = underspecified("year"), "END"
			if p.hasRef {
				r.value = pad(p.ref.Year(), 4)
			}
			return r, true
		}
	}
	if _, ok := ordinalWords[a]; ok && (b == "quarter" || b == "half") {
		return p.quarter(i)
	}
	r.typ, r.point = doc.Duration, false
	// "day-long", "decades-long", "year-long".
	if strings.HasSuffix(w, "-long") {
		if u, ok := units[a]; ok {
			if u.plural {
				r.value = vagueValue(u)
			} else {
				r.value = durationValue(1, u)
			}
			return r, true
		}
		return res{}, false
	}
	// "25-minute", "five-year", "twenty-five-year", "half-hour".
	h = strings.LastIndexByte(w, '-')
	a, b = w[:h], w[h+1:]
	u, ok := units[b]
	if !ok || u.plural && !strings.HasSuffix(b, "s") {
		return res{}, false
	}
	var v float64
	switch {
	case a == "half":
		v = 0.5
	case allDigits(a):
		v, _ = digitsValue(a)
	default:
		x, ok := numparse.Unit(a)
		if !ok {
			return res{}, false
		}
		v = x
	}
	if v <= 0 {
		return res{}, false
	}
	r.value = durationValue(v, u)
	return r, true
}

// yearBefore is "a year ago"/"year-earlier": the same quarter a year
// before when the article is reporting on a quarter, else last year.
func (p *parser) yearBefore() string {
	if p.lastQ != "" && p.lastQ[0] != 'X' {
		y, _ := strconv.Atoi(p.lastQ[:4])
		return pad(y-1, 4) + p.lastQ[4:]
	}
	if p.hasRef {
		return pad(p.ref.Year()-1, 4)
	}
	return "XXXX"
}

// thatPart reads "that night", "that morning" as the part of the last day
// the story named, in its sentence or the two before ("The storm hit on
// Feb. 3. That night, ..."), and "that summer" as the season of the last
// year it wrote out ("in 2010. That summer, ..."). With nothing named to
// point at, they are left alone, as is a "that" that opens a clause.
func (p *parser) thatPart(r res, u string) (res, bool) {
	if p.thatOpensClause(r.start, r.end) {
		return res{}, false
	}
	if pod, ok := partsOfDay[u]; ok && u != "overnight" {
		if !p.lastDayNamed(p.toks[r.start].Sent, 2) {
			return res{}, false
		}
		r.typ, r.value = doc.TimeOfDay, p.lastDay+"T"+pod
		return r, true
	}
	if s, ok := seasons[u]; ok && p.explicitY > 0 {
		r.value = pad(p.explicitY, 4) + "-" + s
		return r, true
	}
	return res{}, false
}

// thatOpensClause reports whether "that" at token i, before the unit word
// ending at end, joins a clause rather than points at a time: it follows
// a verb of saying ("the union said that night shifts would be cut"), or
// the unit word names the kind of a noun after a verb ("found that morning
// traffic was light"). The language core's tag of "that" does not tell:
// it tags "gathered that evening" a complementiser too.
func (p *parser) thatOpensClause(i, end int) bool {
	if i > p.first && p.sayVerb(i-1) {
		return true
	}
	return i > p.first && end < p.limit && strings.HasPrefix(p.toks[i-1].Tag, "VB") &&
		strings.HasPrefix(p.toks[end].Tag, "NN")
}

// lastDayNamed reports whether the story named a calendar day (one with a
// known date, not a weekday of an undated text) in sentence sent or in
// the within sentences before it: the day "that night", "the third day
// of the strike" and "said that day" count from.
func (p *parser) lastDayNamed(sent, within int) bool {
	return p.lastDay != "" && p.lastDay[0] != 'X' && p.lastDaySent >= sent-within && p.lastDaySent <= sent
}

// saidOnLastDay reports whether the last day named is the day of a verb
// of saying whose words hold token i: the day is in i's sentence and a
// verb of saying comes between it and i ("Yesterday, the mayor said that
// day …", "said on Monday that day …").
func (p *parser) saidOnLastDay(i int) bool {
	if !p.lastDayNamed(p.toks[i].Sent, 0) || p.lastDayEnd > i {
		return false
	}
	if w := p.lw(i - 1); w == "later" || w == "earlier" {
		return false // "said on Monday he would resign; later that day he did"
	}
	for k := max(p.lastDayEnd-4, p.first); k < i; k++ {
		if p.sayVerb(k) {
			return true
		}
	}
	return false
}

// fromLast resolves "the following year", "the previous day", "that
// month" against the last absolute date of the story; a day, week or
// weekend against the last day it named, relative or not, which is the
// one a reader counts from after "arrived on Monday".
func (p *parser) fromLast(n int, cu string) string {
	if (cu == "day" || cu == "week" || cu == "weekend") && p.lastDay != "" {
		// The last day named, relative or not ("Police arrived on
		// Monday. Later that day, ..."), is the one meant.
		if t, err := time.Parse("2006-01-02", p.lastDay); err == nil {
			return thisUnit(t, n, cu)
		}
	}
	y := p.lastY
	if cu == "year" || cu == "decade" || cu == "century" {
		y = p.explicitY
	}
	switch {
	case y == 0:
	case cu == "year" || cu == "decade" || cu == "century":
		if cu == "year" {
			return pad(y+n, 4)
		}
	case cu == "month" && p.lastM > 0:
		m := date(p.lastY, p.lastM, 1).AddDate(0, n, 0)
		return fmtMonth(m.Year(), int(m.Month()))
	case cu == "quarter" && p.lastM > 0:
		return thisUnit(date(p.lastY, p.lastM, 1), n, "quarter")
	case (cu == "day" || cu == "week" || cu == "weekend") && p.lastD > 0:
		return thisUnit(date(p.lastY, p.lastM, p.lastD), n, cu)
	}
	return underspecified(cu)
}

// theDay reads "the 25th" as a day of the current month, or of the last
// one when the 25th is still ahead and the sentence is past (of the next
// when it is over and the sentence looks forward). The caller says where
// a day is expected ("on the 25th", "the week of the 18th").
func (p *parser) theDay(i int) (res, bool) {
	r := res{start: i, typ: doc.Date, point: true}
	if p.lw(i) != "the" {
		return res{}, false
	}
	d, ok := p.dayNum(i + 1)
	if !ok || len(p.lw(i+1)) <= 2 || allDigits(p.lw(i+1)) {
		return res{}, false
	}
	r.end = i + 2
	if !p.hasRef {
		r.value = "XXXX-XX-" + pad(d, 2)
		return r, true
	}
	v, ok := p.dayByTense(i, i+2, d)
	if !ok {
		return res{}, false
	}
	r.value = v
	r.day = r.value
	return r, true
}

// partOfDayValue reports whether v names a part of a day (…TMO, TAF,
// TEV, TNI).
func partOfDayValue(v string) bool {
	if len(v) < 3 || v[len(v)-3] != 'T' {
		return false
	}
	switch v[len(v)-2:] {
	case "MO", "AF", "EV", "NI":
		return true
	}
	return false
}

// bareClock reads an hour written without am/pm after a day and "at"
// ("Saturday at 5", "Monday at 2.30", British style): after a day, "at"
// and a number of 1 to 12 give a time of day, written as the hour it
// says. Not before a word that makes the number a count ("at 5
// locations") or a figure ("at 2.30 per share").
func (p *parser) bareClock(k int) (res, bool) {
	w := p.lw(k)
	h, m := 0, 0
	if a, b, ok := strings.Cut(w, "."); ok {
		if len(b) != 2 || !allDigits(a) || !allDigits(b) {
			return res{}, false
		}
		h, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
	} else if allDigits(w) && len(w) <= 2 {
		h, _ = strconv.Atoi(w)
	} else {
		return res{}, false
	}
	if h < 1 || h > 12 || m > 59 {
		return res{}, false
	}
	switch n := p.lw(k + 1); {
	case n == "" || n == "." || n == "," || n == ";" || n == "!" || n == "?" || n == ")":
	case n == "and" || n == "or" || n == "to" || n == "in" || n == "on" || n == "for" || n == "with" || n == "when" || n == "-":
	default:
		return res{}, false
	}
	c := pad(h, 2) + ":" + pad(m, 2)
	return res{start: k, end: k + 1, typ: doc.TimeOfDay, clock: c, value: "XXXX-XX-XXT" + c}, true
}

// weekdayDay reads a weekday with a day of the month and no month:
// "Friday 13th", "Sunday 31", "Mon 13th". The day is the nearest one,
// before publication or after it as the tense says, on which that day of
// a month falls on that weekday. A bare number must end the phrase
// ("Sunday 31!", "Friday 23 at 4"), so "Sunday 31 people died" is a count.
func (p *parser) weekdayDay(i int) (res, bool) {
	wd, ok := weekdays[p.lw(i)]
	if !ok && p.isCap(i) {
		wd = weekdayAbbr[p.lw(i)]
	}
	if wd == 0 || !p.hasRef {
		return res{}, false
	}
	k := i + 1
	d, ok := p.dayNum(k)
	if !ok {
		return res{}, false
	}
	if _, isMonth := months[p.lw(k+1)]; isMonth || p.lw(k+1) == "of" {
		return res{}, false // "Friday 13 March": a date
	}
	if allDigits(p.lw(k)) {
		switch p.lw(k + 1) {
		case "", ".", ",", "!", "?", ";", ")", "at", "and", "or":
		default:
			return res{}, false
		}
	}
	dir := p.tense(i, k+1)
	if p.forward && dir == 0 {
		dir = 1
	}
	y, m := p.ref.Year(), int(p.ref.Month())
	for n := 0; n <= 28; n++ {
		off := -n
		if dir > 0 {
			off = n
		}
		t := date(y, m+off, 1)
		if !validDay(t.Year(), int(t.Month()), d) {
			continue
		}
		c := date(t.Year(), int(t.Month()), d)
		if isoWeekday(c) != wd || dir > 0 && c.Before(p.ref) || dir <= 0 && c.After(p.ref) {
			continue
		}
		v := fmtDay(c)
		return res{start: i, end: k + 1, typ: doc.Date, point: true, value: v, day: v}, true
	}
	return res{}, false
}

// numericMonth reads a month written in numbers with its year in one
// token: "03/2015", "12-2015" (month first, as card expiries and forms
// write it) and "2014/10" (year first, with a slash only: "2011-12" is a
// season as often as December 2011, and "2011/12", the next year's two
// digits, is one). Years run from 1900 to 2199, so a
// ratio or a range of counts ("5-1500") is not a month.
func (p *parser) numericMonth(i int) (res, bool) {
	t := p.text(i)
	k := indexEither(t, '/', '-')
	if k <= 0 || strings.Count(t, "/")+strings.Count(t, "-") != 1 {
		return res{}, false
	}
	a, b := t[:k], t[k+1:]
	if !allDigits(a) || !allDigits(b) {
		return res{}, false
	}
	var ys, ms string
	switch {
	case len(a) <= 2 && len(b) == 4:
		ms, ys = a, b
	case len(a) == 4 && len(b) <= 2 && t[k] == '/':
		ys, ms = a, b
	default:
		return res{}, false
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	if y < 1900 || y > 2199 || m < 1 || m > 12 || len(ys) == 4 && len(ms) == 2 && m == (y+1)%100 {
		// "2011/12" is the season or the fiscal year (shortYears), as
		// "2011-12" is, not December 2011.
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, point: true, value: fmtMonth(y, m), absY: y, absM: m}, true
}

// dayByTense is day d of the publication month, or of the month before
// when d is still to come but the clause at [i, e) looks back, or of the
// month after when d is past but the clause looks ahead.
func (p *parser) dayByTense(i, e, d int) (string, bool) {
	t := date(p.ref.Year(), int(p.ref.Month()), 1)
	switch tn := p.tense(i, e); {
	case d > p.ref.Day() && tn <= 0:
		t = t.AddDate(0, -1, 0)
	case d < p.ref.Day() && tn > 0:
		t = t.AddDate(0, 1, 0)
	}
	if !validDay(t.Year(), int(t.Month()), d) {
		return "", false
	}
	return fmtYMD(t.Year(), int(t.Month()), d), true
}

// addPeriod is t moved n days, weeks, months or years on, by the unit
// letter a TimeML duration ends in (D, W, M, Y); other units report false.
func addPeriod(t time.Time, unit byte, n int) (time.Time, bool) {
	switch unit {
	case 'D':
		return t.AddDate(0, 0, n), true
	case 'W':
		return t.AddDate(0, 0, 7*n), true
	case 'M':
		return t.AddDate(0, n, 0), true
	case 'Y':
		return t.AddDate(n, 0, 0), true
	}
	return time.Time{}, false
}
