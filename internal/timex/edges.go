package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// edgeAbbrevs are the business abbreviations for the ends of the current
// month and year ("by EOM", "at the EOY"): the month or year with its mod.
var edgeAbbrevs = map[string]struct{ unit, mod string }{
	"eom": {"month", "END"}, "bom": {"month", "START"},
	"eoy": {"year", "END"}, "boy": {"year", "START"},
}

func init() {
	for k := range edgeAbbrevs {
		starters[k] = true
	}
}

// edgeAbbrev reads EOM, BOM, EOY, BOY, written in capitals only ("boy" is
// a word), and not inside a line of capitals (a headline's "A BOY").
func (p *parser) edgeAbbrev(i int) (res, bool) {
	e, ok := edgeAbbrevs[p.lw(i)]
	if !ok || !p.hasRef || p.text(i) != strings.ToUpper(p.text(i)) || capsWord(p.text(i-1)) || capsWord(p.text(i+1)) {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Date, value: thisUnit(p.ref, 0, e.unit), mod: e.mod}, true
}

// capsWord reports whether w is a word of two or more capital letters.
func capsWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// edgeRel reads the edge of a unit counted from the publication date that
// relUnit reads as a length ("the past week" is P1W): "the end of the
// coming week", "the beginning of the past month" name the end or start
// of that week or month.
func (p *parser) edgeRel(i int) (res, bool) {
	j := i
	if p.lw(j) == "the" {
		j++
	}
	pm := edgeMods[p.lw(j)]
	if pm == "" || p.lw(j+1) != "of" || !p.hasRef {
		return res{}, false
	}
	k := j + 2
	if p.lw(k) == "the" {
		k++
	}
	around := p.lw(k) == "around"
	if around {
		k++ // "the end of around next week"
	}
	n, ok := edgeRelDirs[p.lw(k)]
	if around && !ok {
		n, ok = edgeAroundDirs[p.lw(k)]
	}
	u := calUnits[p.lw(k+1)]
	if !ok || u != "week" && u != "month" && u != "year" {
		return res{}, false
	}
	return res{start: i, end: k + 2, typ: doc.Date, value: thisUnit(p.ref, n, u), mod: pm}, true
}

// weekThenDay reads a weekday after the week it is in: "next week
// Wednesday", "next week on Tuesday", "previous week - Monday" (as
// "Wednesday next week" is read).
func (p *parser) weekThenDay(i int) (res, bool) {
	w, ok := p.relUnit(i)
	if !ok || w.typ != doc.Date || len(w.value) != 8 || w.value[5] != 'W' {
		return res{}, false
	}
	k := w.end
	switch p.lw(k) {
	case "on", "-":
		k++
	}
	wd, ok := weekdays[p.lw(k)]
	if !ok && p.isCap(k) {
		wd, ok = weekdayAbbr[p.lw(k)], weekdayAbbr[p.lw(k)] != 0
	}
	if !ok {
		return res{}, false
	}
	from, _, ok := isoWeekStart(w.value)
	if !ok {
		return res{}, false
	}
	r := res{start: i, end: k + 1, typ: doc.Date, point: true, value: fmtDay(from.AddDate(0, 0, wd-1))}
	r.day = r.value
	return r, true
}

// dayFromWeek reads a weekday before the week it is in: "sunday from
// last week", "Monday of next week" (a named week after "from" or "of").
func (p *parser) dayFromWeek(i int) (res, bool) {
	wd, ok := weekdays[p.lw(i)]
	if !ok || p.lw(i+1) != "from" && p.lw(i+1) != "of" {
		return res{}, false
	}
	w, ok := p.relUnit(i + 2)
	if !ok || w.typ != doc.Date || len(w.value) != 8 || w.value[5] != 'W' {
		return res{}, false
	}
	from, _, ok := isoWeekStart(w.value)
	if !ok {
		return res{}, false
	}
	r := res{start: i, end: w.end, typ: doc.Date, point: true, value: fmtDay(from.AddDate(0, 0, wd-1))}
	r.day = r.value
	return r, true
}

// isoWeekStart is the Monday of ISO week value v ("2013-W08").
func isoWeekStart(v string) (time.Time, int, bool) {
	y, err1 := strconv.Atoi(v[:4])
	wk, err2 := strconv.Atoi(v[6:])
	if err1 != nil || err2 != nil {
		return time.Time{}, 0, false
	}
	jan4 := date(y, 1, 4)
	mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4))
	return mon.AddDate(0, 0, 7*(wk-1)), wk, true
}

// followingDirs, edgeRelDirs and edgeAroundDirs give the direction of the
// word before a unit; package-level so no call builds a map.
var (
	followingDirs  = map[string]int{"following": 1, "previous": -1}
	edgeRelDirs    = map[string]int{"coming": 1, "upcoming": 1, "past": -1, "previous": -1}
	edgeAroundDirs = map[string]int{"next": 1, "last": -1, "this": 0}
)

// followingUnit reads "the following week", "the previous quarter" when
// the text has named no date before it to follow: the unit after (or
// before) the publication one, as "next week" is read. With a date
// before, relUnit counts from that date.
func (p *parser) followingUnit(i int) (res, bool) {
	if p.lw(i) != "the" || !p.hasRef || p.lastDay != "" {
		return res{}, false
	}
	n := followingDirs[p.lw(i+1)]
	cu := calUnits[p.lw(i+2)]
	if n == 0 || cu != "week" && cu != "month" && cu != "quarter" && cu != "year" {
		return res{}, false
	}
	if last := p.lastY; last != 0 && (cu != "year" || p.explicitY != 0) {
		return res{}, false
	}
	return res{start: i, end: i + 3, typ: doc.Date, point: true, value: thisUnit(p.ref, n, cu)}, true
}
