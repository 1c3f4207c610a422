package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// compactUnits are the unit letters written onto a count ("3h", "10D",
// "2W", "3Y", "3.5years"). "m" is left out: "10m" is ten million as often
// as ten minutes or metres.
var compactUnits = map[string]string{
	"h": "hours", "hr": "hours", "hrs": "hours", "d": "days", "w": "weeks", "y": "years", "yr": "years",
	"yrs": "years", "years": "years", "days": "days", "weeks": "weeks", "hours": "hours", "mins": "mins",
	"months": "months",
}

// lengthCues before a compact count make it a length: "for 3h", "lasted
// 2W". Elsewhere "10D" is a model or a grid square, "3h" a clock time.
var lengthCues = map[string]bool{
	"for": true, "lasted": true, "lasts": true, "last": true, "took": true, "takes": true, "over": true,
	"spent": true,
}

// compactDuration reads a count with its unit letters in one token after
// a word that asks for a length: "for 3h", "grown for 3Y", "lasted 2W".
func (p *parser) compactDuration(i int) (res, bool) {
	w := p.lw(i)
	if !lengthCues[p.lw(i-1)] || w == "" || w[0] < '0' || w[0] > '9' {
		return res{}, false
	}
	k := strings.IndexFunc(w, func(c rune) bool { return (c < '0' || c > '9') && c != '.' })
	if k <= 0 {
		return res{}, false
	}
	u, ok := compactUnits[w[k:]]
	n, err := strconv.ParseFloat(w[:k], 64)
	if !ok || err != nil || n <= 0 {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: doc.Duration, value: durationValue(n, units[u])}, true
}

// fractions are the parts of a unit a length may add after "and".
var fractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// fracDuration reads a count and a fraction joined by "and", with the unit
// after the fraction or before it: "one and half hour", "one and a
// quarter year", "one hour and half", "one year and a quarter".
func (p *parser) fracDuration(i int) (res, bool) {
	v, k, ok := p.count(i)
	if !ok || v <= 0 || k == i {
		return res{}, false
	}
	frac := func(j int) (float64, int) {
		if p.lw(j) != "and" {
			return 0, 0
		}
		j++
		n := 1
		if p.lw(j) == "a" {
			j, n = j+1, 2
		}
		if f, ok := fractions[p.lw(j)]; ok {
			return f, n + 1
		}
		return 0, 0
	}
	if f, n := frac(k); n > 0 {
		if u, ok := units[p.lw(k+n)]; ok {
			return res{start: i, end: k + n + 1, typ: doc.Duration, value: durationValue(v+f, u)}, true
		}
	}
	if u, ok := units[p.lw(k)]; ok {
		if f, n := frac(k + 1); n > 0 && !(n == 3 && f == 0.5) {
			// "one hour and a half" is duration's already.
			if _, more := units[p.lw(k+1+n)]; !more && p.lw(k+1+n) != "of" {
				return res{start: i, end: k + 1 + n, typ: doc.Duration, value: durationValue(v+f, u)}, true
			}
		}
	}
	return res{}, false
}

// invertedLeads are the words that count units from now when they follow
// the count: "the 5 past years", "the 3 next weeks".
var invertedLeads = map[string]string{
	"next": "next", "coming": "coming", "upcoming": "coming", "past": "past", "last": "last", "previous": "previous",
}

// invertedCount reads "the 5 upcoming years", "the 10 previous weeks": the
// count before the word that says which way, as "the next 5 years" is
// read (a length, with the units it spans as its Range).
func (p *parser) invertedCount(i int) (res, bool) {
	if p.lw(i-1) != "the" {
		return res{}, false
	}
	v, k, ok := p.count(i)
	lead, okL := invertedLeads[p.lw(k)]
	u, okU := units[p.lw(k+1)]
	if !ok || k == i || !okL || !okU || !u.plural || v < 2 || v != float64(int(v)) {
		return res{}, false
	}
	r := res{start: i, end: k + 2, typ: doc.Duration, value: durationValue(v, u)}
	p.countedSpan(&r, lead, v, u, false)
	return r, true
}
