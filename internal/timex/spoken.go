package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// Clock times said in words, as speech and transcripts write them: "ten
// thirty", "twelve oh three", "ten-thirty", "nine fifty nine a m", "at
// three twenty", "half three" (British: half past three), and the digits
// of a spoken time "at 3 15", "at 1030". Written without am or pm they
// are clock times only after a clock preposition ("at ten thirty") or
// when they are all the sentence says ("Ten thirty." as a heading or a
// reply); "the ten fifteen-year-olds" is a count.

// spokenAMPM reads am or pm written apart: "am", "a m", "p . m .". It
// returns the hours to add and the tokens read.
func (p *parser) spokenAMPM(k int) (int, int) {
	if v, ok := ampm[p.lw(k)]; ok {
		return v, 1
	}
	a := p.lw(k)
	if a != "a" && a != "p" {
		return 0, 0
	}
	n, dots := 1, false
	if p.lw(k+n) == "." {
		n, dots = n+1, true
	}
	if p.lw(k+n) != "m" && p.lw(k+n) != "m." {
		return 0, 0
	}
	n++
	if dots && p.lw(k+n-1) == "m" && p.lw(k+n) == "." {
		n++ // "p . m .", not the full stop after "a m"
	}
	return 12 * boolInt(a == "p"), n
}

// spokenWords splits tokens from k into words, hyphenated compounds into
// their parts ("twelve-oh-three"), up to max words; at[j] is the token
// word j came from. The slices are the parser's scratch buffers, valid
// until the next call.
func (p *parser) spokenWords(k, max int) (ws []string, at []int) {
	ws, at = p.spokenBuf[:0], p.spokenAt[:0]
	for ; k < p.limit && len(ws) < max; k++ {
		rest := p.lw(k)
		for {
			w, after, found := strings.Cut(rest, "-")
			ws = append(ws, w)
			at = append(at, k)
			if !found {
				break
			}
			rest = after
		}
	}
	return ws, at
}

// spokenMinutes reads minutes said in words at ws[0]: "thirty", "fifty
// nine", "twenty-three", "oh three", "fifteen". It returns the minutes
// and the words read.
func spokenMinutes(ws []string) (int, int) {
	if len(ws) == 0 {
		return 0, 0
	}
	unit := func(j int) (int, bool) {
		if j >= len(ws) {
			return 0, false
		}
		v, ok := numparse.Unit(ws[j])
		return int(v), ok && v >= 1 && v <= 9
	}
	switch ws[0] {
	case "oh", "o", "ou", "zero":
		if v, ok := unit(1); ok {
			return v, 2
		}
		return 0, 0
	}
	v, ok := numparse.Unit(ws[0])
	if !ok || v < 10 || v > 59 {
		return 0, 0
	}
	if int(v)%10 == 0 && v >= 20 {
		if u, ok := unit(1); ok {
			return int(v) + u, 2
		}
	}
	return int(v), 1
}

// alone reports whether tokens [i, e) are the whole sentence but for a
// clock preposition before them and punctuation after.
func (p *parser) alone(i, e int) bool {
	for k := p.first; k < i; k++ {
		if !clockPreps[p.lw(k)] && p.lw(k) != "approximately" {
			return false
		}
	}
	for k := e; k < p.limit; k++ {
		if w := p.lw(k); w != "." && w != "!" && w != "?" {
			return false
		}
	}
	return true
}

// spokenClock reads a clock time said in words or spoken digits.
func (p *parser) spokenClock(i int) (res, bool) {
	if c, ok := p.spokenDigits(i); ok {
		return c, true
	}
	if c, ok := p.splitAMPM(i); ok {
		return c, true
	}
	if i >= p.limit || !spokenHourStart(p.lw(i)) {
		return res{}, false
	}
	ws, at := p.spokenWords(i, 6)
	h, m, n := 0, 0, 0
	half := false
	if ws[0] == "half" && len(ws) > 1 {
		// "half three": half past three.
		v, ok := numparse.Unit(ws[1])
		if !ok || v < 1 || v > 12 || strings.Contains(p.lw(i), "-") {
			return res{}, false
		}
		h, m, n, half = int(v), 30, 2, true
	} else if v, ok := numparse.Unit(ws[0]); ok && v >= 1 && v <= 12 && !hasDigit(ws[0]) {
		mm, k := spokenMinutes(ws[1:])
		if k == 0 && (len(ws) > 1 && at[1] == i || !p.hourOnly(i+1)) {
			return res{}, false
		}
		h, m, n = int(v), mm, 1+k
	} else {
		return res{}, false
	}
	if n < len(ws) && at[n] == at[n-1] {
		return res{}, false // the token goes on: "twenty-three-year-old"
	}
	e := at[n-1] + 1
	pm, k := p.spokenAMPM(e)
	if k > 0 && !half {
		return p.clockRes(i, e+k, h%12+pm, m), true
	}
	if p.dayFollows(e) {
		// "five-thirty tomorrow evening", "eight tonight": the day and
		// its part say which.
		if d, ok := p.deictic(e); ok && len(d.value) >= 10 && d.value[0] != 'X' && d.mod == "" {
			if len(d.value) == 13 && d.value[10] == 'T' {
				h = podHour(d.value[11:], h)
			} else if len(d.value) != 10 || p.lw(i-1) != "at" {
				return res{}, false
			}
			r := p.clockRes(i, d.end, h, m)
			r.value = d.value[:10] + "T" + r.clock
			return r, true
		}
	}
	if n == 1 || !clockPreps[p.lw(i-1)] && !p.alone(i, e) || !clockFollower(p.lw(e)) {
		return res{}, false
	}
	return p.clockRes(i, e, p.nextHour(h, m), m), true
}

// spokenHourStart reports whether token w can open a spoken clock time:
// its first hyphen part is "half" or an hour word from one to twelve. It
// lets spokenClock skip splitting the next six words of every token.
func spokenHourStart(w string) bool {
	first, _, _ := strings.Cut(w, "-")
	if first == "half" {
		return true
	}
	v, ok := numparse.Unit(first)
	return ok && v >= 1 && v <= 12 && !hasDigit(first)
}

// clockFollower reports whether w may follow a spoken clock time: the end
// of the clause, a conjunction or preposition, not a noun it counts ("at
// three twenty minutes later", "at ten thirty people").
func clockFollower(w string) bool {
	switch w {
	case "", ".", ",", ";", ":", "!", "?", ")", "-", "and", "or", "to", "till", "until", "on", "in", "at", "for",
		"with", "when", "this", "next", "local", "sharp":
		return true
	}
	return timezones[w]
}

// hourOnly reports whether an hour said in words without minutes is a
// clock time by what follows it at k: am or pm written apart ("seven p .
// m ."; "seven pm" is wordClock's), or a day ("eight tonight").
func (p *parser) hourOnly(k int) bool {
	if _, n := p.spokenAMPM(k); n > 1 {
		return true
	}
	return p.lw(k) == "tonight" || p.lw(k) == "tomorrow"
}

// splitAMPM reads a clock time in digits with am or pm written apart:
// "3:30 p m", "3 p . m .".
func (p *parser) splitAMPM(i int) (res, bool) {
	h, m, _, ok := parseHM(p.lw(i))
	if !ok || h < 1 || h > 12 || m > 59 || len(p.lw(i)) > 5 {
		return res{}, false
	}
	pm, n := p.spokenAMPM(i + 1)
	if n < 2 {
		return res{}, false
	}
	return p.clockRes(i, i+1+n, h%12+pm, m), true
}

// dayFollows reports whether a day said relative to today follows token
// e ("five-thirty tomorrow evening"): the clock time is on that day.
func (p *parser) dayFollows(e int) bool {
	switch p.lw(e) {
	case "today", "tonight", "tomorrow", "yesterday":
		return true
	}
	return false
}

// nextHour is hour h (1–12, no am or pm) read forward: this afternoon's
// when this morning's is past, as "3:30" is read.
func (p *parser) nextHour(h, m int) int {
	if !p.forward || !p.hasRef || h == 12 {
		return h
	}
	now := p.refTime.Hour()*60 + p.refTime.Minute()
	if h*60+m < now && (h+12)*60+m > now {
		return h + 12
	}
	return h
}

// spokenDigits reads "3 15" (three fifteen) and "1030" after a clock
// preposition, only where they are all the sentence says: "at 3 15" and
// "closed at 1030" in running text are more often counts.
func (p *parser) spokenDigits(i int) (res, bool) {
	w := p.lw(i)
	if !allDigits(w) {
		return res{}, false
	}
	h, m, e := 0, 0, i+1
	switch {
	case len(w) <= 2 && len(p.lw(i+1)) == 2 && allDigits(p.lw(i+1)):
		h, _ = strconv.Atoi(w)
		m, _ = strconv.Atoi(p.lw(i + 1))
		e = i + 2
		if h < 1 || h > 12 {
			return res{}, false
		}
	case len(w) == 4:
		v, _ := strconv.Atoi(w)
		h, m = v/100, v%100
		if h > 23 {
			return res{}, false
		}
	default:
		return res{}, false
	}
	if m > 59 || !clockPreps[p.lw(i-1)] && p.lw(i-1) != "approximately" || !p.alone(i, e) {
		return res{}, false
	}
	if h <= 12 {
		h = p.nextHour(h, m)
	}
	return p.clockRes(i, e, h, m), true
}
