package timex

import (
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// moneySigns written before a number make it a price, never a day.
var moneySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "us$": true}

// dayAndDay reads the first day of "18 and 19 June", "on 3, 4 and 5
// May": a bare day number before "and", "or" or a comma, followed by more
// such days and a day-first date whose month and year it shares. Each day
// stays an expression of its own.
func (p *parser) dayAndDay(i int) (res, bool) {
	d, ok := p.dayNum(i)
	if !ok {
		return res{}, false
	}
	k := i + 1
	for n := 0; n < 6; n++ {
		switch p.lw(k) {
		case "and", "or", ",", "&":
		default:
			return res{}, false
		}
		if _, ok := p.dayNum(k + 1); !ok {
			return res{}, false
		}
		if m, ok := months[p.lw(k+2)]; ok && (p.isCap(k+2) || p.monthOK(k+2)) {
			last, ok := p.absDate(k + 1)
			if !ok || len(last.day) != 10 || last.day[0] == 'X' || !validDay(0, m, d) {
				return res{}, false
			}
			v := withDay(last.day, d)
			return res{start: i, end: i + 1, typ: doc.Date, value: v, day: v, point: true}, true
		}
		k += 2
	}
	return res{}, false
}

// nextDate reads "next 6th of April", "next 5/12": the first such day
// after publication, even when the sentence looks back.
func (p *parser) nextDate(i int) (res, bool) {
	r, ok := p.absDate(i + 1)
	if !ok || !p.hasRef || r.absY != 0 || len(r.value) != 10 || r.value[0] == 'X' || r.mod != "" {
		return res{}, false
	}
	if _, isWeekday := weekdays[p.lw(i+1)]; isWeekday {
		return res{}, false
	}
	t, err := time.Parse("2006-01-02", r.value)
	if err != nil {
		return res{}, false
	}
	m, d := int(t.Month()), t.Day()
	y := p.ref.Year()
	for !validDay(y, m, d) || !date(y, m, d).After(p.ref) {
		y++
		if y > p.ref.Year()+8 {
			return res{}, false
		}
	}
	r.start = i
	r.value = fmtYMD(y, m, d)
	r.day = r.value
	return r, true
}

// clockAfterPart reports whether "at" and a clock time follow at k.
func clockAfterPart(p *parser, k int) bool {
	if p.lw(k) != "at" && p.lw(k) != "@" {
		return false
	}
	c, ok := p.clock(k + 1)
	if ok && c.clock != "" {
		return true
	}
	_, err := strconv.Atoi(p.lw(k + 1))
	return err == nil
}

// startsWithDigit reports whether w starts with a digit: an interval's end
// written clock first ("11:00 on Thursday") lends its day to the start,
// one written day first ("tomorrow 4:30pm") does not.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// yearsPart reads a quarter or half of a year named with "'s": "next
// year's first quarter", "this year's third quarter", "1990's second
// half" (TimeML: one expression, 1990-Q1).
func (p *parser) yearsPart(i int) (res, bool) {
	if !p.possessiveAfter(i) {
		return res{}, false // the year must end before "'s"
	}
	saved := p.memory
	y, ok := p.relUnit(i)
	if !ok || y.typ != doc.Date || len(y.value) != 4 || !allDigits(y.value) {
		y, ok = p.year(i)
	}
	p.memory = saved
	if !ok || len(y.value) != 4 || !allDigits(y.value) || y.mod != "" || p.lw(y.end) != "'s" {
		return res{}, false
	}
	q, ok := p.quarter(y.end + 1)
	p.memory = saved
	if !ok || len(q.value) != 7 || q.value[4] != '-' || (q.value[5] != 'Q' && q.value[5] != 'H') {
		return res{}, false
	}
	q.start = i
	q.value = y.value + q.value[4:]
	return q, true
}

// possessiveAfter reports whether a token "'s" follows token i closely
// enough to end a year phrase starting there ("the current fiscal year's"):
// a cheap guard before yearsPart tries two year grammars. The window keeps
// the guard constant per token; scanning to the sentence's end made a long
// run-on sentence quadratic.
func (p *parser) possessiveAfter(i int) bool {
	for k := i; k < p.limit && k < i+possessiveWindow; k++ {
		if p.toks[k].Lower == "'s" {
			return true
		}
	}
	return false
}

// endOfDay reports whether "end of the day" or "end of day" at i (the
// edge word at j, "the" after "of" when the is 1) names the end of the
// publication day: "by the end of the day", "go to bed end of day". "At
// the end of the day" is left alone: in news it mostly means "in the end".
func (p *parser) endOfDay(i, j, the int) bool {
	if !p.hasRef || p.lw(j) != "end" || p.lw(j+2+the) != "day" {
		return false
	}
	if n := p.lw(j + 3 + the); n == "'s" || n == "of" {
		return false // "the end of the day's trading", "end of the day of ..."
	}
	b := i - 1
	if p.lw(b) == "the" {
		b--
	}
	return p.lw(b) != "at"
}

// sameUnit reads "the same year", "the same week": the unit of the date
// the story last gave, as "that year" is (TimeML writes XXXX when there is
// none).
func (p *parser) sameUnit(i int) (res, bool) {
	cu := calUnits[p.lw(i+2)]
	if cu == "" || cu == "decade" || cu == "century" || cu == "weekend" {
		return res{}, false
	}
	return res{start: i, end: i + 3, typ: doc.Date, value: p.fromLast(0, cu), point: true}, true
}

// adverbOnlySets are frequency words that are SETs only as adverbs: "paid
// quarterly", "I run everyday", not "a quarterly report", "everyday life".
var adverbOnlySets = map[string]string{"quarterly": "P3M", "everyday": "P1D", "semiannually": "P6M"}

// clauseEnd reports whether w ends the clause of the word before it: the
// end of the sentence, punctuation or a conjunction.
func clauseEnd(w string) bool {
	switch w {
	case "", ".", ",", ";", ":", "!", "?", ")", "and", "or", "but":
		return true
	}
	return false
}

// hasOrdinalSuffix reports whether w is a day written as an ordinal,
// "1st", "22nd": after "October," it is a day, where "October, 12" may
// start a count.
func hasOrdinalSuffix(w string) bool {
	n := len(w)
	if n < 3 || !isDigit(w[0]) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return allDigits(w[:n-2])
	}
	return false
}

func init() {
	// "tues", "thurs", "weds": abbreviations that are no English word,
	// unlike "wed" or "sun".
	weekdays["tues"], weekdays["thurs"], weekdays["weds"] = 2, 4, 3
}

// saintsWithYear are holidays named by their saint alone ("saint patrick
// 2020"): without a year after them they name the saint, not the day.
var saintsWithYear = map[string]bool{"saint patrick": true, "st patrick": true, "st. patrick": true}

func init() {
	for name := range saintsWithYear {
		holidays[name] = holiday{month: 3, day: 17}
	}
	// The Ides of March, the 15th: a date news still names.
	holidays["ides of march"] = holiday{month: 3, day: 15}
}

// yearToDate reads "the year to date", "year-to-date": the publication
// year so far, written as the year (Recognizers resolves it to January 1
// to now).
func (p *parser) yearToDate(i int) (res, bool) {
	if !p.hasRef {
		return res{}, false
	}
	k := i
	if p.lw(k) == "the" {
		k++
	}
	e := 0
	switch {
	case p.lw(k) == "year-to-date":
		e = k + 1
	case p.lw(k) == "year" && p.lw(k+1) == "to" && p.lw(k+2) == "date":
		e = k + 3
	default:
		return res{}, false
	}
	return res{start: i, end: e, typ: doc.Date, value: thisUnit(p.ref, 0, "year")}, true
}

// monthWeekend reads "the last weekend of October", "first weekend in
// May 2017", "the third weekend of May": the weekend whose Saturday is
// the month's first (second, …) or last.
func (p *parser) monthWeekend(i int) (res, bool) {
	j := i
	if p.lw(j) == "the" {
		j++
	}
	nth, ok := nthWords[p.lw(j)]
	first := ok && nth > 0
	if !ok || calUnits[p.lw(j+1)] != "weekend" && !(p.lw(j+1) == "week" && p.lw(j+2) == "end") {
		return res{}, false
	}
	k := j + 2
	if p.lw(j+1) == "week" {
		k++
	}
	if p.lw(k) != "of" && p.lw(k) != "in" {
		return res{}, false
	}
	y, m, e, ok := p.monthValue(k + 1)
	if !ok || y <= 0 {
		return res{}, false
	}
	sat := date(y, m, 1)
	for isoWeekday(sat) != 6 {
		sat = sat.AddDate(0, 0, 1)
	}
	if !first {
		for sat.AddDate(0, 0, 7).Month() == time.Month(m) {
			sat = sat.AddDate(0, 0, 7)
		}
	} else if sat = sat.AddDate(0, 0, 7*(nth-1)); sat.Month() != time.Month(m) {
		return res{}, false // no fifth weekend in this month
	}
	return res{start: i, end: e, typ: doc.Date, value: fmtWeek(sat) + "-WE"}, true
}

// possessiveWindow is how many tokens a year phrase before "'s" may take.
const possessiveWindow = 8

// dayAfterDay reads the days after a month-first date in a list, "March
// 3 and 4", "on May 3, 4 and 5": a bare day number right after "and",
// "or" or a comma that follows the day just read, later in the month
// than it, sharing its month and year. Each day stays an expression of
// its own, as in "18 and 19 June" (dayAndDay). A word after the number
// makes it a count ("March 3 and 4 others").
func (p *parser) dayAfterDay(i int) (res, bool) {
	switch p.lw(i - 1) {
	case "and", "or", ",", "&":
	default:
		return res{}, false
	}
	if p.prevEnd != i-1 || !p.lastIsDay || p.lastDaySent != p.toks[i].Sent || p.lastDay[0] == 'X' || len(p.lastValue) != 10 {
		return res{}, false
	}
	d, ok := p.dayNum(i)
	if !ok {
		return res{}, false
	}
	// The day before must have been written as a day of a month: "March
	// 3" or a day of this list, not "Monday" or "yesterday".
	if _, ok := p.dayNum(i - 2); !ok {
		return res{}, false
	}
	prev, _ := strconv.Atoi(p.lastDay[8:])
	if d <= prev || !validDay(0, int(p.lastDay[5]-'0')*10+int(p.lastDay[6]-'0'), d) {
		return res{}, false
	}
	if n := p.lw(i + 1); n != "" && n[0] >= 'a' && n[0] <= 'z' && !afterDayRange[n] {
		return res{}, false
	}
	if _, isMonth := months[p.lw(i+1)]; isMonth {
		return res{}, false // "3 and 4 May" is dayAndDay's
	}
	v := withDay(p.lastDay, d)
	return res{start: i, end: i + 1, typ: doc.Date, value: v, day: v, point: true}, true
}
