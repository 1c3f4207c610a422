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
