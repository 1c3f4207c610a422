package timex

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// Years and dates said in words, as transcripts write them: "nineteen
// ninety six", "nineteen hundred ninety three", "seventeen hundred thirty
// three", "two thousand and fifteen"; "January twenty five nineteen eighty
// six", "fifteen August nineteen hundred ninety three", "13 Sept nineteen
// seventy two", "October two thousand and five".

// wordNum is the value of number word k (below a hundred), or -1.
func (p *parser) wordNum(k int) int {
	if v, ok := numparse.Unit(p.lw(k)); ok && v == float64(int(v)) {
		return int(v)
	}
	return -1
}

// spokenYear4 reads a year of four digits said as two numbers or with
// "hundred" at k, or "two thousand …" ("two thousand and thirty two"). It returns the year
// and the end of its words.
func (p *parser) spokenYear4(k int) (int, int, bool) {
	if p.lw(k) == "two" && p.lw(k+1) == "thousand" {
		e := k + 2
		a := e
		if p.lw(a) == "and" {
			a++
		}
		if v, n := p.wordTens(a); n > 0 {
			return 2000 + v, a + n, true
		}
		return 2000, e, true
	}
	c := p.wordNum(k)
	if c < 10 || c > 20 {
		return 0, 0, false
	}
	e := k + 1
	if p.lw(e) == "hundred" {
		e++
		if p.lw(e) == "and" {
			e++
		}
		v, n := p.wordTens(e)
		if n == 0 {
			return c * 100, e, true
		}
		return c*100 + v, e + n, true
	}
	if w := p.lw(e); w == "oh" || w == "o" {
		if u := p.wordNum(e + 1); u >= 1 && u <= 9 {
			return c*100 + u, e + 2, true
		}
		return 0, 0, false
	}
	v, n := p.wordTens(e)
	if n == 0 || v < 10 {
		return 0, 0, false
	}
	return c*100 + v, e + n, true
}

// wordTens reads 1 to 99 in words at k: "ninety six", "ninety-six",
// "fifteen", "seven". It returns the value and the words read.
func (p *parser) wordTens(k int) (int, int) {
	v := p.wordNum(k)
	if v < 1 || v > 99 {
		return 0, 0
	}
	if v >= 20 && v%10 == 0 {
		if u := p.wordNum(k + 1); u >= 1 && u <= 9 {
			return v + u, 2
		}
	}
	return v, 1
}

// yearEnds reports whether token k may follow a spoken year: "October two
// thousand people" is a count.
func (p *parser) yearEnds(k int) bool {
	switch p.lw(k) {
	case "", ".", ",", ";", ":", "!", "?", ")", "and", "or", "to", "in", "on", "at", "for", "when", "was", "is",
		"the", "we", "they", "he", "she", "i":
		return true
	}
	return false
}

// spokenDayAt reads a day of the month at k in digits or words: "25",
// "25th", "fifteen", "twenty five", "first", "twenty-fifth".
func (p *parser) spokenDayAt(k int) (int, int) {
	if d, ok := p.dayNum(k); ok {
		return d, 1
	}
	if d, ok := dayOrdinals[p.lw(k)]; ok {
		return d, 1
	}
	if w := p.lw(k); w == "twenty" || w == "thirty" {
		if o := dayOrdinals[p.lw(k+1)]; o > 0 && o < 10 {
			return 20 + 10*boolInt(w == "thirty") + o, 2
		}
	}
	if d, ok := p.ordDay(k); ok {
		return d, 1
	}
	if v, n := p.wordTens(k); n > 0 && v <= 31 {
		return v, n
	}
	return 0, 0
}

// monthNear reports whether a month name is at token i or one of the two
// after it: a spoken date has the month first or after a day of at most
// two words, so without one spokenDate need not read a day in words.
func (p *parser) monthNear(i int) bool {
	for k := i; k <= i+2; k++ {
		if _, ok := months[p.lw(k)]; ok {
			return true
		}
	}
	return false
}

// spokenDate reads a month, with or without a day, and a year said in
// words: "January twenty five nineteen eighty six", "twenty five January
// nineteen eighty six", "August two thousand and fifteen".
func (p *parser) spokenDate(i int) (res, bool) {
	if !p.monthNear(i) {
		return res{}, false
	}
	m, d, k := 0, 0, i
	if mm, ok := months[p.lw(k)]; ok {
		m, k = mm, k+1
		if dd, n := p.spokenDayAt(k); n > 0 {
			if _, _, ok := p.spokenYear4(k + n); ok {
				d, k = dd, k+n
			}
		}
	} else if dd, n := p.spokenDayAt(k); n > 0 {
		mm, ok := months[p.lw(k+n)]
		if !ok {
			return res{}, false
		}
		m, d, k = mm, dd, k+n+1
	} else {
		return res{}, false
	}
	y, e, ok := p.spokenYear4(k)
	if !ok && d == 0 && months[p.lw(i)] != 0 && p.isCap(i) && fullMonth(p.lw(i)) {
		// "May twenty nine": a capitalised month and a day in words
		// that ends the phrase ("May twenty nine people" is a count).
		if dd, n := p.spokenDayAt(i + 1); n > 0 && !allDigits(p.lw(i+1)) && p.yearEnds(i+1+n) && p.lw(i+1+n) != "the" && validDay(2000, m, dd) {
			r := res{start: i, end: i + 1 + n, typ: doc.Date, point: true, value: p.resolveDay(m, dd, i, i+1+n)}
			r.day = r.value
			return r, true
		}
	}
	if !ok || !p.yearEnds(e) || d > 0 && !validDay(y, m, d) {
		return res{}, false
	}
	r := res{start: i, end: e, typ: doc.Date, point: true, absY: y, absM: m, absD: d}
	if d == 0 {
		r.value = fmtMonth(y, m)
		return r, true
	}
	r.value = fmtYMD(y, m, d)
	r.day = r.value
	return r, true
}

// spokenYearAlone reads a year said in words after a year preposition:
// "in nineteen ninety six", "since seventeen hundred thirty three".
func (p *parser) spokenYearAlone(i int) (res, bool) {
	if !yearPreps[p.lw(i-1)] {
		return res{}, false
	}
	y, e, ok := p.spokenYear4(i)
	if !ok || e < i+3 || !p.yearEnds(e) {
		return res{}, false
	}
	return res{start: i, end: e, typ: doc.Date, point: true, value: pad(y, 4), absY: y}, true
}
