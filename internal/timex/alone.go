package timex

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Words that are a time only when they are all a sentence says: a
// heading, a calendar cell, a reply ("March.", "thu", "Morning", "the
// 1st"). In running text "May" is a verb, "sun" a star, "morning" a noun
// that the sentence may or may not date, "the 1st" a battalion; alone,
// with nothing but a preposition before them, they name the next such
// month, weekday, part of today or day of the month (read forward, as
// the package comment says of sentences without a verb).

// aloneWord reads a month name, a weekday or its abbreviation, a part of
// the day, or "the 1st", "the 24", "on the first", that make up the whole
// sentence (see alone).
func (p *parser) aloneWord(i int) (res, bool) {
	if !p.hasRef {
		return res{}, false
	}
	w := strings.TrimSuffix(p.lw(i), ".")
	e := i + 1
	if p.lw(e) == "." && p.lw(i) != w+"." && len(w) <= 4 {
		e++ // "thu ." as the tokenizer may cut it
	}
	if w == "the" || w == "on" && p.lw(i+1) == "the" {
		k := i + 1
		if w == "on" {
			k++
		}
		d, ok := p.dayNum(k)
		if !ok {
			d, ok = dayOrdinals[p.lw(k)]
		}
		if !ok || !p.alone(i, k+1) {
			return res{}, false
		}
		return p.nextMonthDay(i, k+1, d)
	}
	if !p.alone(i, e) {
		return res{}, false
	}
	r := res{start: i, end: e, typ: doc.Date}
	if wd, ok := weekdays[w]; ok || weekdayAbbr[w] != 0 {
		if !ok {
			wd = weekdayAbbr[w]
		}
		r.value = fmtDay(weekdayDate(p.ref, wd, 1, true))
		r.day = r.value
		return r, true
	}
	if m, ok := months[w]; ok && fullMonth(w) {
		r.value = p.resolveMonth(m, i, e, 1, false)
		return r, true
	}
	if pod, ok := partsOfDay[w]; ok && w != "overnight" {
		r.value = fmtDay(p.ref) + "T" + pod
		r.typ = doc.TimeOfDay
		return r, true
	}
	return res{}, false
}

func init() {
	for k := range partsOfDay {
		starters[k] = true
	}
	starters["tonite"] = true
}

// nextMonthDay is day d of this month, or of the next when it is past.
func (p *parser) nextMonthDay(i, e, d int) (res, bool) {
	t := date(p.ref.Year(), int(p.ref.Month()), 1)
	if d < p.ref.Day() {
		t = t.AddDate(0, 1, 0)
	}
	if !validDay(t.Year(), int(t.Month()), d) {
		return res{}, false
	}
	r := res{start: i, end: e, typ: doc.Date, point: true, value: fmtYMD(t.Year(), int(t.Month()), d)}
	r.day = r.value
	return r, true
}

// onNth reads "on 24th", a day of the month written with its suffix after
// "on" as "on the 24th" is: this month's, or the last one's when the
// sentence is past and the day still ahead.
func (p *parser) onNth(i int) (res, bool) {
	w := p.lw(i)
	if p.lw(i-1) != "on" || len(w) < 3 || allDigits(w) || !p.hasRef {
		return res{}, false
	}
	d, ok := p.dayNum(i)
	if !ok {
		return res{}, false
	}
	if _, isMonth := months[p.lw(i+1)]; isMonth || p.lw(i+1) == "of" {
		return res{}, false // "on 24th March" is absDate's
	}
	v, ok := p.dayByTense(i, i+1, d)
	if !ok {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: doc.Date, point: true, value: v}
	r.day = r.value
	return r, true
}

// tonite reads "tonite", the informal spelling of "tonight" in messages
// and listings: tonight's night, as deictic reads "tonight".
func (p *parser) tonite(i int) (res, bool) {
	if p.lw(i) != "tonite" {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: doc.TimeOfDay, point: true, value: "XXXX-XX-XXTNI"}
	if p.hasRef {
		r.value = fmtDay(p.ref) + "TNI"
	}
	return r, true
}

// inMay reads "may" in lower case after a preposition that takes a month
// ("it may be in may"): the modal verb never follows one.
func (p *parser) inMay(i int) (res, bool) {
	if p.lw(i) != "may" || p.text(i) != "may" {
		return res{}, false
	}
	switch p.lw(i - 1) {
	case "in", "since", "until", "till", "during", "through":
	default:
		return res{}, false
	}
	if n := p.lw(i + 1); n == "be" || n == "have" || n == "not" {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, point: true, value: p.resolveMonth(5, i, i+1, 0, false)}, true
}

// dayOfTheMonth reads "the twenty-sixth day of the month": that day of the
// publication month.
func (p *parser) dayOfTheMonth(i int) (res, bool) {
	if p.lw(i) != "the" || p.lw(i+2) != "day" || p.lw(i+3) != "of" || p.lw(i+4) != "the" || p.lw(i+5) != "month" || !p.hasRef {
		return res{}, false
	}
	d, ok := p.ordDay(i + 1)
	if !ok || allDigits(p.lw(i+1)) || !validDay(p.ref.Year(), int(p.ref.Month()), d) {
		return res{}, false
	}
	r := res{start: i, end: i + 6, typ: doc.Date, point: true, value: fmtYMD(p.ref.Year(), int(p.ref.Month()), d)}
	r.day = r.value
	return r, true
}

func init() {
	setAdverbs["semi-annually"] = "P6M"
	setAdverbs["bi-annually"] = "P6M"
}

// monthPreps take a month: "after Feb", "from Sep to Nov".
var monthPreps = map[string]bool{
	"in": true, "since": true, "after": true, "before": true, "until": true, "till": true, "from": true,
	"to": true, "through": true, "during": true, "by": true,
}

// abbrMonth reads a capitalised month abbreviation alone after a
// preposition that takes a month ("after Feb", "from Sep to Nov"). "Jan"
// and "Mar" are left out: "to Jan" is as often a person.
func (p *parser) abbrMonth(i int) (res, bool) {
	w := strings.TrimSuffix(p.lw(i), ".")
	m, ok := months[w]
	if !ok || fullMonth(w) || w == "jan" || w == "mar" || !p.isCap(i) || !monthPreps[p.lw(i-1)] {
		return res{}, false
	}
	if n := p.lw(i + 1); n != "" && (n[0] >= '0' && n[0] <= '9' || n == "'s") {
		return res{}, false // "Feb 12", "Feb 2019" are absDate's
	}
	return res{start: i, end: i + 1, typ: doc.Date, point: true, value: p.resolveMonth(m, i, i+1, 0, false)}, true
}
