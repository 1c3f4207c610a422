package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// fractionWords are the written fractions of a unit: "1/2 hour", "¾ hour",
// "three-quarters of an hour".
var fractionWords = map[string]float64{
	"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75,
	"quarter": 0.25, "three-quarters": 0.75, "three-quarter": 0.75,
}

// unitFraction reads a fraction of one unit: "a quarter of an hour",
// "three quarters of an hour", "three-quarters of an hour", "1/2 hour",
// "1/4 of an hour". It answers only when a unit follows, so "1/2 of
// cases", "a quarter of the vote" and "three quarters of voters" stay
// numbers; "half an hour" is countAt's already. "A pair of minutes" is
// two, on the same condition ("a pair of shoes" is no count of units).
func (p *parser) unitFraction(i int) (float64, int, bool) {
	w := p.lw(i)
	j := i
	switch w {
	case "a", "an":
		if p.lw(i+1) == "pair" && p.lw(i+2) == "of" {
			// "in a pair of minutes": two, when units follow.
			if u, ok := units[p.lw(i+3)]; ok && u.plural {
				return 2, i + 3, true
			}
			return 0, i, false
		}
		if p.lw(i+1) != "quarter" {
			return 0, i, false
		}
		j++
	case "three":
		if p.lw(i+1) != "quarters" {
			return 0, i, false
		}
		j++
		w = "three-quarters"
	}
	f, ok := fractionWords[p.lw(j)]
	if w == "three-quarters" {
		f, ok = 0.75, true
	}
	if !ok {
		return 0, i, false
	}
	k := j + 1
	if p.lw(k) == "of" {
		if a := p.lw(k + 1); a != "a" && a != "an" {
			return 0, i, false
		}
		k += 2
	}
	// Only hours and minutes: a clock offset takes a fraction exactly,
	// where "a quarter of a century ago" would be rounded to a whole
	// century. "a quarter hour" is a quarter of an hour; "a quarter
	// point" is not a time.
	if u := p.lw(k); u != "hour" && u != "minute" {
		return 0, i, false
	}
	return f, k, true
}

// compactClockUnits are the unit letters an offset in hours or minutes
// is written with in one token after "in": "in 1h", "in 1/2h", "in 30min".
// Days and weeks are left out: "in 3D" is a film format.
var compactClockUnits = map[string]string{
	"h": "hour", "hr": "hour", "hrs": "hours", "min": "minute", "mins": "minutes",
}

// inCompactClock reads a short offset written with unit letters after
// "in": "in 1h", "in 1/2h", "in 1/4 h", "in 90min" are that long after
// the publication instant, as "in two hours" is.
func (p *parser) inCompactClock(i int) (res, bool) {
	if p.lw(i-1) != "in" {
		return res{}, false
	}
	w := p.lw(i)
	if w == "" || (w[0] < '0' || w[0] > '9') && w != "½" && w != "¼" && w != "¾" {
		return res{}, false
	}
	end := i + 1
	num, letters := w, ""
	if f, ok := fractionWords[w]; ok && p.lw(i+1) == "h" {
		// "1/4 h": the fraction and the letter apart.
		num, letters, end = strconv.FormatFloat(f, 'f', -1, 64), "h", i+2
	} else if k := strings.IndexFunc(w, func(c rune) bool { return (c < '0' || c > '9') && c != '.' && c != '/' }); k > 0 {
		num, letters = w[:k], w[k:]
	}
	name, ok := compactClockUnits[letters]
	if !ok {
		return res{}, false
	}
	v, ok := fractionWords[num]
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(num, 64); err != nil || v <= 0 || v > 1000 {
			return res{}, false
		}
	}
	if p.tense(i, end) < 0 {
		return res{}, false
	}
	u := units[name]
	r := res{start: i, end: end, typ: doc.Duration, value: durationValue(v, u)}
	return p.future(r, v, u, false), true
}

func init() {
	// "½ hour": the fraction signs start a length as digits do.
	starters["½"], starters["¼"], starters["¾"] = true, true, true
}
