// Package figure finds the numbers in an article that count or measure
// something and records them as doc.Figure: the value or range, the bound a
// hedge sets ("could exceed 6,000" is a lower bound), the unit (currency,
// percent, measure), the noun phrase counted, what happened to it (killed,
// wounded, deployed…), the group it belongs to and the larger figure it is
// part of ("600 of the 15,000").
//
// Figures are where contested news disagrees most, so the step is built to
// tell a count from things that only look like one: dates and durations
// (the time step has claimed them; only a bound on an age, "over 65 years
// old", is read back as a figure), years, ordinals, scores, phone numbers,
// versions, street numbers, ids, model names ("Boeing 737", "World War
// Two") and the pronoun "one".
//
// Conventions, for consumers comparing figures:
//
//   - Value is the number as stated; Low and High carry the bound. Exact and
//     approx figures set all three; a lower bound ("more than 600", "6,000+")
//     sets Value and Low, an upper bound ("up to 40") Value and High; a range
//     ("10-20", "between 10 and 20") sets Low and High only.
//   - Vague quantities are ranges: a few 3..5, a handful and several 3..9,
//     dozens 24..99, scores 40..99, hundreds 200..999, thousands 2,000..9,999,
//     tens of thousands 20,000..99,999 and so on ("a couple" is 2). "More
//     than a dozen" is a lower bound of 12.
//   - Unit is an ISO 4217 code for money, with cents and pence converted to
//     the currency ("80 cents" is 0.8 USD); bare "$" is USD. "percent" and
//     "point" (percentage points), "times" for counts of occasions ("twice",
//     "three times"), "ratio" for multiples ("four times faster", "twice
//     as large"), or a short unit symbol (km, mi, t, km², bbl…).
//   - Proportions are percentages: "one in five" is 20 percent, "6 out of
//     10" 60, so they meet "20%" when figures are compared.
//   - The figure's span includes its hedge ("could exceed 6,000"); Hedge
//     repeats the words that set the bound.
//   - Measure comes from the counted phrase first, then the verb group after
//     the figure, then the words before it; "killed or wounded" (or captured,
//     or missing) together make casualties; a count of troops with no other
//     cue is deployed. A part ("600 of the 15,000 troops … have died") gets
//     its own measure, not its whole's.
//
// It runs after tokenize, entities and times, in one pass over the tokens
// with map lookups only: no regular expressions.
package figure

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// Extract appends the figures of d to d.Figures, in text order with IDs
// "f1", "f2"…. It needs d.Tokens and d.Sentences; it uses d.Times to skip
// dates and durations, d.Entities for groups, and Token.POS when a tagger
// has run. Attribution is left for the attribution step.
func Extract(d *doc.Document) {
	x := newExtractor(d, false)
	x.run()
	base := len(d.Figures)
	for i := range x.ms {
		d.Figures = append(d.Figures, x.figure(i, base))
	}
}

// match is one figure found, by token index.
type match struct {
	first, limit int // the whole figure, hedge included
	num          int // first token of the number (after the hedge)
	sent         int
	val, lo, hi  float64
	rng          bool
	bound, hedge string
	verbal       bool // the hedge is a verb group ("could exceed")
	unit         string
	strong       bool
	cntFirst     int // counted phrase [cntFirst, cntLimit); -1 when none
	cntLimit     int
	// partOfNext: "600 of the 15,000" — the whole is the match that starts
	// at token wholeAt. partOfPrev: "of them", "including".
	wholeAt    int
	partOfPrev bool
	including  bool // the part was introduced by "including"
	partOf     int  // index into ms, -1 when none
}

type extractor struct {
	d    *doc.Document
	toks []doc.Token
	lw   []string
	mask []bool // tokens inside a time expression
	ms   []match
	// models are digit strings used as names in this article.
	models map[string]bool
	// loose admits fractions ("1/5"), for reading standalone quantities.
	loose bool
	// pre holds each token's preNumber flags, looked up once.
	pre []uint8
}

func newExtractor(d *doc.Document, loose bool) *extractor {
	x := &extractor{d: d, toks: d.Tokens, loose: loose}
	x.lw = make([]string, len(d.Tokens))
	x.mask = make([]bool, len(d.Tokens))
	x.pre = make([]uint8, len(d.Tokens))
	for i := range d.Tokens {
		l := d.Tokens[i].Lower
		if l == "" {
			l = strings.ToLower(d.Tokens[i].Text)
		}
		x.lw[i] = l
		x.pre[i] = preNumber[l]
	}
	for _, t := range d.Times {
		// The first token ending after the time starts.
		lo, hi := 0, len(d.Tokens)
		for lo < hi {
			mid := (lo + hi) / 2
			if d.Tokens[mid].End <= t.Start {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		for k := lo; k < len(d.Tokens) && d.Tokens[k].Start < t.End; k++ {
			x.mask[k] = true
		}
	}
	return x
}

func (x *extractor) run() {
	x.findModels()
	for si, s := range x.d.Sentences {
		for i := s.First; i < s.Limit; {
			if x.mask[i] {
				m, ok := x.ageBound(i, s.First, s.Limit)
				if !ok {
					m, ok = x.slashFraction(i, s.First, s.Limit)
				}
				if !ok {
					m, ok = x.spokenAlone(i, s.First, s.Limit)
				}
				if ok {
					m.sent = si
					x.ms = append(x.ms, m)
					i = m.limit
					continue
				}
				i++
				continue
			}
			m, ok := x.matchAt(i, s.First, s.Limit)
			if !ok && x.pre[i]&preBound != 0 {
				m, ok = x.ordinalRange(i, s.First, s.Limit)
			}
			if !ok && strings.ContainsAny(x.lw[i], "<>") {
				m, ok = x.comparison(i)
			}
			if !ok {
				i++
				continue
			}
			m.sent = si
			x.joinBounds(&m, s.First, s.Limit)
			x.ms = append(x.ms, m)
			i = m.limit
		}
	}
	x.link()
}

// slashFraction reads a proper fraction in digits that the time step took
// for a month and day ("1/5", "3/4") when nothing around it says date: no
// preposition or weekday before it ("on 3/15", "Wed. 6/14", "due 1/31"), no
// time of day or year with it, no zero-padded day ("3/03"). News prose
// writes dates in words and fractions in digits ("slipped 3/8 to 42 5/8"), so
// a slash pair alone is more often a share; the time stays, as both
// readings are open.
func (x *extractor) slashFraction(i, first, lim int) (match, bool) {
	if i > first && x.mask[i-1] || i+1 < lim && x.mask[i+1] {
		return match{}, false // part of a longer time: "3/15 at 4pm"
	}
	w := x.lw[i]
	a, b, ok := strings.Cut(w, "/")
	if !ok || namedDays[w] || len(a) > 2 || len(b) > 2 || b[0] == '0' || !allDigitsDot(a+b) || strings.IndexByte(a+b, '.') >= 0 {
		return match{}, false
	}
	for k := i - 1; k >= first && k >= i-3; k-- {
		if dateCues[x.lw[k]] || months[x.lw[k]] {
			return match{}, false
		}
	}
	if i+1 < lim && (x.lw[i+1] == "at" || x.lw[i+1] == "(" || startsDigit(x.lw[i+1])) {
		return match{}, false
	}
	x.mask[i] = false
	m, ok := x.matchAt(i, first, lim)
	x.mask[i] = true
	if !ok || m.rng || m.val <= 0 || m.val >= 1 {
		return match{}, false
	}
	return m, true
}

// spokenAlone reads number words that make up a whole sentence and that
// the time step took for a clock time said aloud ("one twenty two": 1:22 or
// 122). With nothing around them either reading is open, so both stay, as
// for a slash pair.
func (x *extractor) spokenAlone(i, first, lim int) (match, bool) {
	end := lim
	for end > first && !isWordToken(x.lw[end-1]) {
		end-- // closing punctuation
	}
	if i != first || end-first < 2 {
		return match{}, false
	}
	for k := first; k < end; k++ {
		if !x.mask[k] || !isWordToken(x.lw[k]) {
			return match{}, false
		}
	}
	for k := first; k < end; k++ {
		x.mask[k] = false
	}
	m, ok := x.matchAt(i, first, end)
	for k := first; k < end; k++ {
		x.mask[k] = true
	}
	if !ok || m.rng || m.limit != end {
		return match{}, false
	}
	return m, true
}

// isWordToken reports whether w is made of letters and hyphens only.
func isWordToken(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// namedDays are dates in digits that name an event ("since 9/11", "the
// 3/11 attacks"), never fractions.
var namedDays = map[string]bool{"9/11": true, "3/11": true}

// dateCues before a slash pair make it a date: prepositions of time,
// weekdays, and words that introduce one ("due", "dated").
var dateCues = map[string]bool{
	"on": true, "since": true, "after": true, "before": true, "until": true, "till": true, "through": true,
	"thru": true, "by": true, "due": true, "dated": true, "date": true, "from": true, "between": true,
	"post": true, "pre": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
	"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "deadline": true, "today": true,
	"tonight": true, "night": true, "morning": true, "evening": true, "afternoon": true, "week": true,
}

// ageBound reads a bound on an age, "more than thirty years old", "under
// 18 years old", which the time step has taken as a duration (TimeML
// annotates ages so). Ages themselves are not counted ("34 years old"), but
// a bound on one is a figure news compares ("people over 65 years old").
func (x *extractor) ageBound(i, first, lim int) (match, bool) {
	var m match
	if i > first && x.mask[i-1] {
		return m, false // inside a time expression, not at its start
	}
	for n := 1; n <= 4 && i+n < lim; n++ {
		for _, h := range preHedges[x.lw[i+n-1]] {
			if len(h.words) != n || h.verbal || (h.bound != doc.Lower && h.bound != doc.Upper) || !x.wordsAt0(i, h.words) {
				continue
			}
			j := i + n
			// Read the number as if the time step had not taken it.
			end := j
			for end < lim && end < j+8 && x.mask[end] {
				x.mask[end] = false
				end++
			}
			c, ok := x.readCore(j, lim)
			for k := j; k < end; k++ {
				x.mask[k] = true
			}
			if !ok || c.rng || c.vague || c.unit != "" || c.cur != "" || c.limit+1 >= lim ||
				(x.lw[c.limit] != "years" && x.lw[c.limit] != "year") || x.lw[c.limit+1] != "old" {
				return m, false
			}
			return match{num: j, first: i, limit: c.limit, val: c.val, lo: c.val, hi: c.val, bound: h.bound,
				hedge: strings.Join(h.words, " "), cntFirst: -1, cntLimit: -1, wholeAt: -1, partOf: -1}, true
		}
	}
	return m, false
}

// ordinalRange reads a span of ranks: "between the tenth and the
// fifteenth", "higher than 10th but lower than 15th". An ordinal alone is
// no figure ("the tenth anniversary"), and neither are two that modify a
// noun ("between the first and second rounds"); two standing as the ends
// of a range state where something ranks.
func (x *extractor) ordinalRange(i, first, lim int) (match, bool) {
	var m match
	// Most bound words start a number, not a rank: look for a word shaped
	// like an ordinal close by before reading hedges.
	near := false
	for k := i + 1; k < lim && k <= i+5 && !near; k++ {
		w := x.lw[k]
		if len(w) > 2 {
			switch w[len(w)-2:] {
			case "th", "st", "nd", "rd":
				near = true
			}
		}
	}
	if !near {
		return m, false
	}
	var lo, hi float64
	var k int
	hedge := ""
	if x.lw[i] == "between" {
		a, k1, ok := x.ordinalAt(i+1, lim)
		if !ok || k1 >= lim || x.lw[k1] != "and" {
			return m, false
		}
		b, k2, ok := x.ordinalAt(k1+1, lim)
		if !ok {
			return m, false
		}
		lo, hi, k, hedge = a, b, k2, "between"
	} else {
		h1, k1 := x.boundHedgeAt(i, lim)
		if h1 == nil {
			return m, false
		}
		a, k1, ok := x.ordinalAt(k1, lim)
		if !ok || k1 >= lim || x.lw[k1] != "and" && x.lw[k1] != "but" && x.lw[k1] != "," {
			return m, false
		}
		h2, k2 := x.boundHedgeAt(k1+1, lim)
		if h2 == nil || h2.bound == h1.bound {
			return m, false
		}
		b, k2, ok := x.ordinalAt(k2, lim)
		if !ok {
			return m, false
		}
		if h1.bound == doc.Upper {
			a, b = b, a
		}
		lo, hi, k = a, b, k2
		hedge = strings.Join(h1.words, " ") + " … " + strings.Join(h2.words, " ")
	}
	if lo >= hi || k < lim && isWordTok(x.toks[k].Text) {
		return m, false
	}
	return match{num: i, first: i, limit: k, val: lo, lo: lo, hi: hi, rng: true, bound: doc.Range, hedge: hedge,
		cntFirst: -1, cntLimit: -1, wholeAt: -1, partOf: -1}, true
}

// comparison reads a bound written as a comparison with a variable, one
// token in text: "x>10", "p<0.05", "n>=30".
func (x *extractor) comparison(i int) (match, bool) {
	var m match
	w := x.lw[i]
	k := 0
	for k < len(w) && k < 4 && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if k == 0 || k >= len(w) || k == 4 {
		return m, false
	}
	bound, op := "", ""
	for _, o := range [...]struct{ op, bound string }{
		{">=", doc.Lower}, {"<=", doc.Upper}, {"≥", doc.Lower}, {"≤", doc.Upper}, {">", doc.Lower}, {"<", doc.Upper},
	} {
		if strings.HasPrefix(w[k:], o.op) {
			bound, op = o.bound, o.op
			break
		}
	}
	if op == "" {
		return m, false
	}
	n, ok := readNumTok(w[k+len(op):], false)
	if !ok || n.rng || n.cur != "" || n.frac {
		return m, false
	}
	v := n.v * n.scale
	if !finite(v) {
		return m, false
	}
	m = match{num: i, first: i, limit: i + 1, val: v, lo: v, hi: v, bound: bound, hedge: op, unit: n.unit,
		cntFirst: -1, cntLimit: -1, wholeAt: -1, partOf: -1}
	return m, true
}

// boundHedgeAt finds the longest lower or upper bound hedge ("higher
// than", "below") starting at token k and returns it with the token after.
func (x *extractor) boundHedgeAt(k, lim int) (*hedge, int) {
	var best *hedge
	for n := 1; n <= 5 && k+n <= lim; n++ {
		hs := preHedges[x.lw[k+n-1]]
		for hi := range hs {
			h := &hs[hi]
			if len(h.words) == n && !h.verbal && (h.bound == doc.Lower || h.bound == doc.Upper) && x.wordsAt(k, h.words) {
				best = h
			}
		}
	}
	if best == nil {
		return nil, k
	}
	return best, k + len(best.words)
}

// ordinalAt reads an ordinal at token k, after an optional "the": "the
// tenth", "the twenty-first", "15th". It returns the number and the token
// after it.
func (x *extractor) ordinalAt(k, lim int) (float64, int, bool) {
	if k < lim && x.lw[k] == "the" && !x.mask[k] {
		k++
	}
	if k >= lim || x.mask[k] {
		return 0, 0, false
	}
	w := x.lw[k]
	if o, ok := numparse.Ordinals[w]; ok {
		return float64(o), k + 1, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, ok1 := numparse.Unit(a)
		o, ok2 := numparse.Ordinals[b]
		if ok1 && ok2 && t >= 20 && t < 100 && int(t)%10 == 0 && o < 10 {
			return t + float64(o), k + 1, true
		}
	}
	if len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			if v, err := strconv.Atoi(w[:len(w)-2]); err == nil && v > 0 && isDigit(w[0]) {
				return float64(v), k + 1, true
			}
		}
	}
	return 0, 0, false
}

// wordsAt0 is wordsAt without the time mask.
func (x *extractor) wordsAt0(j int, ws []string) bool {
	for k, w := range ws {
		if x.lw[j+k] != w {
			return false
		}
	}
	return true
}

// joinBounds makes one range of a lower and an upper bound joined by
// "and", "but" or a comma: "more than 100 and less than 300", "at most 100
// and at least 20", "above 1000, below 1500". The second bound must start
// with its hedge right after the joint and the two must make a range.
func (x *extractor) joinBounds(m *match, first, lim int) {
	if m.rng || (m.bound != doc.Lower && m.bound != doc.Upper) || m.hedge == "" || m.first == m.num {
		return
	}
	k := m.limit
	if k < lim && x.lw[k] == "," {
		k++
	}
	if k < lim && (x.lw[k] == "and" || x.lw[k] == "but") {
		k++
	}
	// Without a joint the second hedge must follow at once: "more than 20
	// less than 30".
	if k >= lim || k == m.limit && x.pre[k]&preBound == 0 {
		return
	}
	for j := k + 1; j < lim && j <= k+6; j++ {
		if x.mask[j] {
			return
		}
		if !x.startsNumber(j, lim) {
			continue
		}
		m2, ok := x.matchAt(j, first, lim)
		if !ok || m2.first != k || m2.rng || m2.bound == m.bound ||
			(m2.bound != doc.Lower && m2.bound != doc.Upper) || (m.unit != "" && m2.unit != "" && m.unit != m2.unit) {
			return
		}
		lo, hi := m.val, m2.val
		if m.bound == doc.Upper {
			lo, hi = m2.val, m.val
		}
		if lo >= hi {
			return // "more than 40 and less than 10": two bounds
		}
		m.rng, m.lo, m.hi, m.val = true, lo, hi, lo
		m.bound = doc.Range
		m.hedge += " … " + m2.hedge
		m.limit = m2.limit
		if m.unit == "" {
			m.unit = m2.unit
		}
		return
	}
}

// findModels collects the digit strings the article uses as names:
// "Boeing 787", "iPhone 4", "Boeing's 777 planes". Later bare mentions
// ("the 787") are names too, not counts.
func (x *extractor) findModels() {
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		for k := s.First + 1; k < s.Limit; k++ {
			w := x.lw[k]
			if w == "" || !isDigit(w[0]) || x.mask[k] {
				continue
			}
			if m := modelPlural(w); m != "" {
				x.addModel(m) // "46 more 787s": the number names a model
				continue
			}
			if x.modelBeforeName(k, s.First, s.Limit) {
				x.addModel(w) // "the 787 Dreamliner", "737 MAX"
				continue
			}
			p := k - 1
			split := p-1 >= s.First && x.lw[p] == "s" && (x.lw[p-1] == "'" || x.lw[p-1] == "’")
			if split {
				p-- // "Boeing 's 787" in tokenized copy: the possessive split in two
			}
			if (x.lw[p] == "'s" || x.lw[p] == "’s" || split) && p-1 >= s.First {
				p--
				if len(w) < 3 || x.countNounAt(k+1, s.Limit) {
					continue
				}
			}
			if !x.nameWord(p, s.First) {
				continue
			}
			x.addModel(w)
		}
	}
}

func (x *extractor) addModel(w string) {
	if x.models == nil {
		x.models = map[string]bool{}
	}
	x.models[w] = true
}

// modelPlural returns the number of a model named in the plural, "787s",
// "A380s" aside: three or more digits that are not a decade or a round
// number ("1990s", "300s"), so the digits are a name.
func modelPlural(w string) string {
	d, ok := strings.CutSuffix(w, "s")
	if !ok || len(d) < 3 || len(d) > 4 || d[len(d)-1] == '0' {
		return ""
	}
	for i := 0; i < len(d); i++ {
		if !isDigit(d[i]) {
			return ""
		}
	}
	return d
}

// modelBeforeName reports whether the digits at k label the capitalised
// singular name or product after them, "the 787 Dreamliner", "a 737 MAX",
// "the 486 chip": three or
// more digits, not round, and a name that is no count ("300 Marines" is
// plural) nor the adjective of one ("595 Republican delegates"), no unit,
// month or currency, and not the start of a sentence.
func (x *extractor) modelBeforeName(k, first, lim int) bool {
	w := x.lw[k]
	if len(w) < 3 || len(w) > 4 || w[len(w)-1] == '0' || !x.plainDigits(k) || k+1 >= lim || x.mask[k+1] {
		return false
	}
	t, nw := x.toks[k+1].Text, x.lw[k+1]
	if productNouns[nw] {
		return true // "the 486 chip", "their 737 narrowbody airliner"
	}
	if !isWordTok(t) || !isCapitalized(t) || strings.HasSuffix(nw, "s") || stopWords[nw] || months[nw] ||
		x.toks[k+1].POS == "ADJ" {
		return false
	}
	if k+2 < lim && !isCapitalized(x.toks[k+2].Text) && isWordTok(x.toks[k+2].Text) && isPlural(x.lw[k+2]) {
		return false // "595 Republican delegates": a count of what follows
	}
	if _, ok := units[nw]; ok {
		return false
	}
	if _, ok := currencyNames[nw]; ok {
		return false
	}
	if _, ok := currencyPrefix[nw]; ok {
		return false
	}
	return !x.sentenceStartsAt(k + 1)
}

// listNumber reports whether the number at j numbers a list item: it
// opens its line and a point is glued to it ("12. Lindsey Graham"), or it
// is a rank in brackets glued to its point ("(11.)").
func (x *extractor) listNumber(j, limit, lim int) bool {
	if limit >= len(x.toks) || x.lw[limit] != "." || x.toks[limit].Start != x.toks[j].End {
		return false
	}
	if j > 0 && x.lw[j-1] == "(" && x.toks[j-1].End == x.toks[j].Start && limit+1 < len(x.toks) &&
		x.lw[limit+1] == ")" && x.toks[limit+1].Start == x.toks[limit].End {
		return true
	}
	if j > 0 && !strings.Contains(x.d.Slice(x.toks[j-1].End, x.toks[j].Start), "\n") {
		return false
	}
	if limit+1 >= len(x.toks) || !isCapitalized(x.toks[limit+1].Text) {
		return false
	}
	// "60. The number of countries that…": a figure as a headline.
	return !(x.lw[limit+1] == "the" && limit+2 < len(x.toks) && numberNouns[x.lw[limit+2]])
}

// numberNouns name what a headline figure counts: "60. The number of…".
var numberNouns = map[string]bool{"number": true, "share": true, "percentage": true, "amount": true, "total": true, "cost": true}

// yearDeterminers before a four-digit number make it a year that
// modifies the noun after it ("the 2016 campaigns").
var yearDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "all": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "whose": true,
}

// productNouns after a number in the singular make it a model's name: a
// count would take the plural ("300 jets"); "aircraft" is left out, as it
// is its own plural.
var productNouns = map[string]bool{
	"chip": true, "processor": true, "jet": true, "jetliner": true, "airliner": true, "plane": true,
	"airplane": true, "narrowbody": true, "widebody": true, "engine": true, "rifle": true, "helicopter": true,
	"fighter": true, "bomber": true, "variant": true,
}

// sentenceStartsAt reports whether token k opens a sentence.
func (x *extractor) sentenceStartsAt(k int) bool {
	return x.d.Sentences[x.sentOf(k)].First == k
}

// nameWord reports whether token p is a name that a following number may
// label: capitalised or camel-cased ("iPhone"), not a function word, hedge,
// month or currency, and not the capital of a sentence start unless the
// word is not an ordinary sentence opener.
func (x *extractor) nameWord(p, first int) bool {
	t := x.toks[p].Text
	w := x.lw[p]
	if !isWordTok(t) || !hasUpper(t) || stopWords[w] || months[w] || isNumberWord(w) {
		return false
	}
	if _, ok := preHedges[w]; ok {
		return false
	}
	if _, ok := vagues[w]; ok {
		return false
	}
	if _, ok := currencyPrefix[w]; ok {
		return false
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// core is a number before hedges and units are read.
type core struct {
	limit  int
	val    float64
	lo, hi float64
	rng    bool
	vague  bool
	scale  float64
	cur    string
	unit   string
	plus   bool
	tilde  bool
	odd    bool // "40,000-odd"
	strong bool
	plain  bool
	ndig   int
	words  bool // written in words
	isOne  bool // the bare word "one"
	hadOf  bool // a vague quantity took its "of" ("a couple of")
	point  bool // a decimal without its zero: the point is the token before
}

// startsNumber reports whether a number begins at token k.
func (x *extractor) startsNumber(k, lim int) bool {
	if k >= lim || x.mask[k] {
		return false
	}
	w := x.lw[k]
	if startsDigit(w) || isNumberWord(w) {
		return true
	}
	if _, ok := vagues[w]; ok {
		return true
	}
	if (w == "a" || w == "an") && k+1 < lim {
		if _, ok := numparse.Scale(x.lw[k+1]); ok {
			return true
		}
		return fractionWords[x.lw[k+1]]
	}
	return false
}

// readCore reads the number at token j.
func (x *extractor) readCore(j, lim int) (c core, ok bool) {
	c.scale = 1
	if j >= lim || x.mask[j] {
		return c, false
	}
	w := x.lw[j]
	// Numbers in words first when the token is a word: "a hundred" must not
	// be read as the vague "a".
	if vs, found := vagues[w]; found {
		for _, v := range vs {
			n := len(v.words)
			if j+n > lim || !x.wordsAt(j, v.words) {
				continue
			}
			if v.needsOf() && (j+n >= lim || x.lw[j+n] != "of") {
				continue
			}
			if v.words[n-1] == "of" && j+n < lim && (startsDigit(x.lw[j+n]) || v.words[1] == "score" && isNumberWord(x.lw[j+n])) {
				continue // "a score of 85", "a score of three", "a couple of 10s"
			}
			c.limit = j + n
			c.vague = true
			c.words = true
			c.lo, c.hi = v.lo, v.hi
			c.val = v.lo
			c.rng = v.lo != v.hi
			c.hadOf = v.words[n-1] == "of"
			// "a few hundred thousand", "a couple of hundred"
			for c.limit < lim && !x.mask[c.limit] {
				m, ok := numparse.Scale(x.lw[c.limit])
				if !ok || m < 1000 && !((m == 100 || m == 12) && v.words[1] == "couple" && c.limit == j+n) || x.lw[c.limit] == "k" {
					break
				}
				c.lo *= m
				c.hi *= m
				c.val = c.lo
				c.limit++
			}
			return c, true
		}
	}
	if (w == "a" || w == "an") && j > 0 && x.lw[j-1] == "by" && j+1 < lim && !x.mask[j+1] && fractionWords[x.lw[j+1]] {
		// "rose by a third to £1,500": after "by" a singular fraction is a
		// share of change, whatever follows ("a third term" has no "by").
		if v, _, ok := numparse.Words([]string{"a", x.lw[j+1]}); ok {
			c.limit, c.val, c.lo, c.hi, c.words = j+2, v, v, v, true
			return c, true
		}
	}
	switch w {
	case "a", "an":
		// "a dollar", "a kilogram" in standalone quantities; in articles "$80
		// a barrel" must not make "a barrel" a figure.
		if j+1 < lim && (x.loose || x.aUnitOK(j, lim)) {
			nw := x.lw[j+1]
			if _, ok := currencyNames[nw]; ok && !strings.HasSuffix(nw, "s") {
				c.limit, c.val, c.lo, c.hi, c.words = j+1, 1, 1, 1, true
				return c, true
			}
			if u, ok := units[nw]; ok && u != "" && !strings.HasSuffix(nw, "s") && (!lowerOnlyUnits[nw] || x.toks[j+1].Text == nw) {
				c.limit, c.val, c.lo, c.hi, c.words = j+1, 1, 1, 1, true
				return c, true
			}
		}
	case "twice":
		c.limit, c.val, c.unit, c.words = j+1, 2, "times", true
		return c, true
	case "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold",
		"twentyfold", "hundredfold", "thousandfold":
		// "cases rose tenfold"
		v, ok := numparse.Unit(strings.TrimSuffix(w, "fold"))
		if !ok {
			v, _ = numparse.Scale(strings.TrimSuffix(w, "fold"))
		}
		c.limit, c.val, c.lo, c.hi, c.unit, c.words = j+1, v, v, v, "times", true
		return c, true
	case "thrice":
		c.limit, c.val, c.unit, c.words = j+1, 3, "times", true
		return c, true
	case "single":
		// Alone as a sentence, "single" answers a count as "one" does
		// ("How many? Single."); before a noun it is an adjective ("a
		// single market", "single mothers").
		if x.alone(j, j+1, x.d.Sentences[x.sentOf(j)].First, lim) {
			c.limit, c.val, c.lo, c.hi, c.words = j+1, 1, 1, 1, true
			return c, true
		}
	}
	if startsDigit(w) {
		n, ok := readNumTok(w, x.loose)
		if !ok {
			return c, false
		}
		if n.frac && !x.loose && (!x.fractionEnd(j+1, lim) || j > 0 && datePreps[x.lw[j-1]] || namedDays[w]) {
			return c, false // "9/11 attacks", "on 9/11"
		}
		if v, ok := x.leadingPoint(j); ok && (n.plain || giga(x.toks[j].Text, n)) {
			if !n.plain {
				v *= 1e9 // ".0012G"
			}
			if x.minusBeforePoint(j) {
				v = -v // "-.08", split by the tokenizer as "-", ".", "08"
			}
			c.limit, c.val, c.lo, c.hi, c.point = j+1, v, v, v, true // ".08"
			return c, true
		}
		c.limit = j + 1
		if n.plain && j+1 < lim && !x.mask[j+1] && x.spaced(j+1) {
			// "2 1/4": a whole number and a fraction.
			if n2, ok := readNumTok(x.lw[j+1], true); ok && n2.frac && n2.v > 0 && n2.v < 1 && x.fractionEnd(j+2, lim) {
				v := n.v + n2.v
				if n.v < 0 {
					v = n.v - n2.v
				}
				c.limit, c.val, c.lo, c.hi = j+2, v, v, v
				return c, true
			}
			// "1 234 567", "40 000": thousands grouped by spaces.
			if n.ndig <= 3 && n.v > 0 && w[0] != '-' {
				v, k := n.v, j+1
				for k < lim && !x.mask[k] && len(x.lw[k]) == 3 && x.plainDigits(k) && x.spaced(k) {
					v = v*1000 + float64(atoi3(x.lw[k]))
					k++
				}
				// The last group may carry decimals: "1 234 567.89".
				if k < lim && !x.mask[k] && x.spaced(k) && len(x.lw[k]) > 4 && x.lw[k][3] == '.' && !x.plainDigits(k) {
					if f, err := strconv.ParseFloat(x.lw[k], 64); err == nil && isDigit(x.lw[k][0]) && isDigit(x.lw[k][2]) &&
						strings.Count(x.lw[k], ".") == 1 && allDigitsDot(x.lw[k]) {
						v = v*1000 + f
						k++
					}
				}
				if k > j+1 && (k >= lim || !x.plainDigits(k)) {
					c.limit, c.val, c.lo, c.hi = k, v, v, v
					c.ndig = n.ndig + 3*(k-j-1)
					return c, true
				}
			}
		}
		c.val, c.lo, c.hi, c.rng = n.v, n.v, n.v, n.rng
		if n.rng {
			c.hi = n.v2
		}
		c.scale, c.cur, c.unit, c.plus, c.tilde, c.strong, c.odd = n.scale, n.cur, n.unit, n.plus, n.tilde, n.strong, n.odd
		c.plain, c.ndig = n.plain, n.ndig
		if !n.rng && n.unit == "" && !n.strong && n.cur == "" && !n.plus && !n.tilde {
			// "3 hundred and 21", "4 thousand 3 hundred", "1.5 million".
			end := j
			for end < lim && end-j < 14 && !x.mask[end] {
				end++
			}
			if v, cnt, ok := numparse.Words(x.lw[j:end]); ok && cnt > 1 {
				c.limit = j + cnt
				c.val, c.lo, c.hi = v, v, v
				c.plain = false
				c.scale = 1
				for k := j + 1; k < c.limit; k++ {
					if m, ok := numparse.Scale(x.lw[k]); ok && m > c.scale {
						c.scale = m
					}
				}
				return c, true
			}
		}
		if n.unit == "°F" && !strings.HasSuffix(x.toks[j].Text, "F") {
			return c, false // "5f" is no temperature
		}
		if n.cur == "USc" && strings.HasSuffix(x.toks[j].Text, "C") {
			// "35C", "-5C": degrees Celsius; cents are "43c".
			c.cur, c.unit, c.plain = "", "°C", false
			return c, true
		}
		if n.unit == "g" && strings.HasSuffix(x.toks[j].Text, "GS") {
			return c, false // "iPhone 3GS": a model, not grams
		}
		if n.unit == "g" && strings.HasSuffix(x.toks[j].Text, "G") {
			if !giga(x.toks[j].Text, n) {
				return c, false // "3G", "5G", "3.5G": network generations
			}
			c.val, c.lo, c.hi, c.scale, c.unit, c.plain = n.v*1e9, n.v*1e9, n.v*1e9, 1e9, "", false
			return c, true
		}
		if n.unit == "mm" && strings.HasSuffix(x.toks[j].Text, "MM") {
			// "US$ 1MM": finance writes a million so.
			c.val, c.lo, c.hi, c.scale, c.unit, c.plain = n.v*1e6, n.v*1e6, n.v*1e6, 1e6, "", false
			return c, true
		}
		if n.scale == 1e6 && strings.HasSuffix(x.toks[j].Text, "m") && n.cur == "" &&
			(c.limit < lim && dimWords[x.lw[c.limit]] || x.amongMeasures(j, lim)) {
			// "1.8m tall": metres, not millions.
			c.val, c.lo, c.hi, c.scale, c.unit = n.v/1e6, n.v/1e6, n.v/1e6, 1, "m"
			if n.rng {
				c.hi = n.v2 / 1e6
			}
			return c, true
		}
		// Scale words: "14 billion", "1.5 million", "3 hundred thousand",
		// and a spaced "k" that ends the phrase ("2.33 k").
		for c.limit < lim && !x.mask[c.limit] && n.unit == "" && !n.strong {
			m, ok := numparse.Scale(x.lw[c.limit])
			if sw, found := strings.CutSuffix(x.lw[c.limit], "-plus"); found && !ok && scaleWord(sw) > 0 {
				m, ok, c.plus = scaleWord(sw), true, true // "US$1 billion-plus"
			}
			if !ok || x.lw[c.limit] == "k" && c.limit+1 < lim && isWordTok(x.toks[c.limit+1].Text) {
				break
			}
			c.val *= m
			c.lo *= m
			c.hi *= m
			c.scale *= m
			c.plain = false
			c.limit++
		}
		return c, true
	}
	// "one-and-a-half million", "a quarter-million": a number written
	// across hyphens, read as its words.
	if c, ok := x.hyphenNumber(j, lim); ok {
		return c, true
	}
	// "six-mile", "a three-foot wall", "thousand-strong".
	if i := strings.IndexByte(w, '-'); i > 0 {
		if v, ok := numparse.Unit(w[:i]); ok {
			suf := w[i+1:]
			if u, ok := units[suf]; ok && u != "" {
				c.limit, c.val, c.lo, c.hi, c.unit, c.words = j+1, v, v, v, u, true
				return c, true
			}
			if suf == "strong" {
				c.limit, c.val, c.lo, c.hi, c.strong, c.words = j+1, v, v, v, true, true
				return c, true
			}
			if code := currencyNames[suf]; code != "" && !strings.HasSuffix(suf, "s") {
				c.limit, c.val, c.lo, c.hi, c.cur, c.words = j+1, v, v, v, code, true
				return c, true
			}
		}
	}
	switch w {
	case "quarter-point", "half-point":
		// "a quarter-point cut": a fraction of a percentage point.
		c.limit, c.val, c.lo, c.hi, c.unit, c.words = j+1, 0.25, 0.25, 0.25, "point", true
		if w == "half-point" {
			c.val, c.lo, c.hi = 0.5, 0.5, 0.5
		}
		return c, true
	case "half":
		// "half a percentage point", "half a point"
		if j+2 < lim && (x.lw[j+1] == "a" || x.lw[j+1] == "an") && (x.lw[j+2] == "percentage" || x.lw[j+2] == "point") {
			c.limit, c.val, c.lo, c.hi, c.words = j+1, 0.5, 0.5, 0.5, true
			return c, true
		}
	}
	if w == "half" && j > 0 && j-1 >= 0 && x.hedgeWordBefore(j) {
		// "more than half", "nearly half the votes".
		if j+1 >= lim || !x.mask[j+1] {
			c.limit, c.val, c.lo, c.hi, c.words = j+1, 0.5, 0.5, 0.5, true
			if j+1 < lim && x.lw[j+1] == "a" || j+1 < lim && x.lw[j+1] == "an" {
				// "half a million" is read below.
			} else {
				return c, true
			}
		}
	}
	if w == "point" && x.toks[j].Text == "point" && j+1 < lim && !x.mask[j+1] && x.pointOpens(j) {
		// "point 77", "point five": a decimal said without its zero.
		end := j
		for end < lim && end-j < 8 && !x.mask[end] {
			end++
		}
		ws := append([]string{"0"}, x.lw[j:end]...)
		if v, n, ok := numparse.Words(ws); ok && n > 2 {
			c.limit, c.val, c.lo, c.hi, c.words = j+n-1, v, v, v, true
			return c, true
		}
		return c, false
	}
	if isNumberWord(w) || ((w == "a" || w == "an") && j+1 < lim) {
		end := j
		for end < lim && end-j < 14 && !x.mask[end] {
			end++
		}
		v, n, ok := numparse.Words(x.lw[j:end])
		if !ok || n == 0 {
			return c, false
		}
		if x.ordinalTail(j+n, lim) {
			return c, false // "one hundred and first", "twenty first": an ordinal
		}
		c.limit = j + n
		c.val, c.lo, c.hi = v, v, v
		c.words = true
		c.isOne = n == 1 && w == "one"
		for k := j; k < c.limit; k++ {
			if m, ok := numparse.Scale(x.lw[k]); ok && m >= 1000 {
				c.scale = m
			}
		}
		return c, true
	}
	return c, false
}

func (v vague) needsOf() bool { return v.needOf }

// numberParts reports whether every part of a hyphenated token is a word
// of a number: "three-hundred", "one-and-a-half", "three-quarters".
func numberParts(parts []string) bool {
	for _, p := range parts {
		if _, ok := numparse.Unit(p); ok {
			continue
		}
		if m, ok := numparse.Scale(p); ok && p != "k" && m >= 12 {
			continue
		}
		if _, ok := numparse.Ordinals[strings.TrimSuffix(p, "s")]; ok {
			continue
		}
		switch p {
		case "and", "a", "half", "halves", "quarter", "quarters":
			continue
		}
		return false
	}
	return true
}

// hasScalePart reports whether a hyphenated token holds a scale word
// ("five-thousand").
func hasScalePart(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if m, ok := numparse.Scale(p); ok && p != "k" && m >= 100 {
			return true
		}
	}
	return false
}

// ordinalTail reports whether a number in words that ends before token k
// is the head of a compound ordinal: a scale or a tens word then the
// ordinal ("one hundred and first", "two thousand tenth", "twenty first").
func (x *extractor) ordinalTail(k, lim int) bool {
	if k >= lim || k < 1 || x.mask[k] {
		return false
	}
	last := x.lw[k-1]
	o := k
	if x.lw[k] == "and" && k+1 < lim {
		o = k + 1
	}
	ord, ok := numparse.Ordinals[x.lw[o]]
	if !ok {
		return false
	}
	if m, isScale := numparse.Scale(last); isScale && last != "k" && m >= 100 {
		return true
	}
	u, isUnit := numparse.Unit(last)
	return isUnit && o == k && u >= 20 && u < 100 && int(u)%10 == 0 && ord < 10
}

// hyphenNumber reads a number whose words are joined by hyphens, which the
// word reader sees as one token: "one-and-a-half million", "two-and-a-half",
// "a quarter-million", "a half-billion", "forty-odd" (about forty, as
// "40,000-odd" is), "forty-something" (40 to 49).
// The number must end where a token ends ("one-and-a-half-year" is a
// duration's).
func (x *extractor) hyphenNumber(j, lim int) (core, bool) {
	var c core
	c.scale = 1
	w := x.lw[j]
	start := j
	var words []string
	if (w == "a" || w == "an") && j+1 < lim && !x.mask[j+1] {
		if a, b, ok := strings.Cut(x.lw[j+1], "-"); ok && (a == "quarter" || a == "half") && scaleWord(b) > 0 {
			words = []string{"a", a, b}
			j++
		}
	}
	if words == nil {
		if t, found := strings.CutSuffix(w, "-odd"); found || strings.HasSuffix(w, "-something") {
			if !found {
				t = strings.TrimSuffix(w, "-something")
			}
			// "forty-odd", "thirty-something": a decade, vaguely.
			if v, ok := numparse.Unit(t); ok && v >= 20 && v < 100 && int(v)%10 == 0 {
				c.limit, c.lo, c.hi, c.val, c.words = j+1, v, v, v, true
				if found {
					c.odd = true // about so many, as "40,000-odd"
				} else {
					c.lo, c.hi, c.rng, c.vague = v, v+9, true, true
				}
				return c, true
			}
			return c, false
		}
		parts := strings.Split(w, "-")
		if len(parts) < 2 || !numberParts(parts) {
			return c, false
		}
		words = parts
	}
	pieces := len(words)
	for k := j + 1; k < lim && k-j < 14 && !x.mask[k]; k++ {
		words = append(words, x.lw[k])
	}
	v, n, ok := numparse.Words(words)
	if !ok || n < pieces {
		return c, false
	}
	if n == pieces && start == j && !strings.Contains(w, "-and-") && !hasScalePart(w) {
		return c, false // "twenty-five", "one-third": the word reader's
	}
	c.limit = j + 1 + (n - pieces)
	c.val, c.lo, c.hi, c.words = v, v, v, true
	for k := start; k < c.limit; k++ {
		for _, part := range strings.Split(x.lw[k], "-") {
			if m := scaleWord(part); m > c.scale {
				c.scale = m
			}
		}
	}
	return c, true
}

// pointOpens reports whether "point" at token j may open a decimal: at
// the start of a sentence, or after a preposition or copula when words
// follow ("fell to point five"); not after a number ("at one point 77
// people"), a determiner ("at this point 50", "the point 5"), a word of
// games ("match point 3") or a colon ("Point 5: the budget").
func (x *extractor) pointOpens(j int) bool {
	if j == 0 || j-1 < x.d.Sentences[x.sentOf(j)].First {
		return true
	}
	// Within a sentence "point" and digits label a list item ("refer to
	// point 5 of the agreement"); only words say a decimal there.
	return prepositions[x.lw[j-1]] && j+1 < len(x.lw) && !startsDigit(x.lw[j+1])
}

// prepositions may stand before a decimal said as "point five".
var prepositions = map[string]bool{"to": true, "by": true, "of": true, "from": true, "at": true, "is": true, "was": true, "be": true}

// sentOf returns the sentence of token k.
func (x *extractor) sentOf(k int) int {
	ss := x.d.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		mid := (lo + hi) / 2
		if ss[mid].Limit <= k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(ss) {
		return len(ss) - 1
	}
	return lo
}

// spaced reports whether token k follows token k-1 after one space (or
// no-break space), as the parts of "1 234 567" and "2 1/4" do.
func (x *extractor) spaced(k int) bool {
	gap := x.d.Slice(x.toks[k-1].End, x.toks[k].Start)
	return gap == " " || gap == "  " || gap == "\u00a0" || gap == "\u202f"
}

// fractionEnd reports whether a fraction in digits may end before token
// k: at the end, before punctuation, "of" or a unit ("3/4 of", "3/4 cup"),
// not before a noun ("9/11 attacks" names a day).
func (x *extractor) fractionEnd(k, lim int) bool {
	if k >= lim || x.mask[k] {
		return true // "fell 7/8 yesterday"
	}
	w := x.lw[k]
	if w == "of" || !isWordTok(x.toks[k].Text) {
		return true
	}
	// A word that cannot be the noun a date names: "3/4 said", "slipped 3/8
	// to 42".
	switch x.toks[k].POS {
	case "VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PART", "PRON", "DET":
		return true
	}
	if u, ok := units[w]; ok && u != "" {
		return true
	}
	if percentWords[w] || w == "per" && k+1 < lim && x.lw[k+1] == "cent" {
		return true // "3 1/2 percent"
	}
	_, ok := currencyNames[w]
	return ok
}

// leadingPoint reads the digits at token j as a decimal written without
// its zero, ".08", which the tokenizer splits into "." and "08" (and the
// sentence splitter may cut after the point); the point must open a word.
func (x *extractor) leadingPoint(j int) (float64, bool) {
	if j < 1 || x.lw[j-1] != "." || x.toks[j-1].End != x.toks[j].Start {
		return 0, false
	}
	if j > 1 && x.toks[j-2].End == x.toks[j-1].Start && !x.minusBeforePoint(j) {
		return 0, false // "end.08"
	}
	digits := strings.TrimSuffix(x.lw[j], "g") // ".0012G", checked by the caller
	if digits == "" || !allDigitsDot(digits) || strings.IndexByte(digits, '.') >= 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat("0."+digits, 64)
	return v, err == nil
}

// minusBeforePoint reports whether a minus sign opens the decimal whose
// point is token j-1: "-.08" tokenized as "-", ".", "08", the sign not
// glued to a word ("well-.08" is no number).
func (x *extractor) minusBeforePoint(j int) bool {
	if j < 2 || !negative(x.lw[j-2]) || len(x.lw[j-2]) > len("−") || x.toks[j-2].End != x.toks[j-1].Start {
		return false
	}
	return j < 3 || x.toks[j-3].End != x.toks[j-2].Start
}

// giga reports whether a capital G glued to a number is the SI prefix
// (".0012G", "10G", "1,674.5G"), not a network generation: generations are
// numbered from 1 to 9, with halves and quarters between ("3G", "3.5G",
// "2.75G"). A G after a whole number under ten is read as the generation.
func giga(text string, n numTok) bool {
	if !strings.HasSuffix(text, "G") || n.rng || n.cur != "" {
		return false
	}
	return n.v < 1 || n.v >= 10
}

// lengthsAndMasses are the units that make a glued "m" metres when they
// measure something else in its sentence.
var lengthsAndMasses = map[string]bool{"km": true, "cm": true, "mm": true, "dm": true, "ft": true, "in": true,
	"mi": true, "yd": true, "t": true, "kg": true}

// amongMeasures reports whether "48m" at j is metres among other measures
// of length or mass in its sentence ("capacity is 100t and outreach is
// 48m", "1m is equal to 10 dm"), not millions: no noun follows it ("48m
// people") and no currency is in sight ("£48m").
func (x *extractor) amongMeasures(j, lim int) bool {
	if j+1 < lim {
		if isWordTok(x.toks[j+1].Text) {
			switch x.toks[j+1].POS {
			case "NOUN", "PROPN", "ADJ":
				return false
			case "":
				if !stopWords[x.lw[j+1]] {
					return false // untagged: only a function word is sure
				}
			}
		}
	}
	s := x.d.Sentences[x.sentOf(j)]
	for k := s.First; k < s.Limit; k++ {
		if k == j || x.mask[k] {
			continue
		}
		if _, ok := currencyPrefix[x.lw[k]]; ok && !isWordTok(x.toks[k].Text) {
			return false
		}
		if n, ok := readNumTok(x.lw[k], false); ok && n.cur == "" && lengthsAndMasses[n.unit] && n.scale == 1 {
			return true
		}
		if k > s.First && lengthsAndMasses[units[x.lw[k]]] && startsDigit(x.lw[k-1]) && x.lw[k] != "in" {
			return true
		}
	}
	return false
}

// hashPound reports whether "#" at i stands for a pound sign lost to the
// 7-bit British character set, where £ has the code of # ("a # 13
// billion contract"): a number with a scale of a million or more follows,
// which no rank or label ("#1 seed", "# 5") has.
func (x *extractor) hashPound(i, lim int) bool {
	if i+2 >= lim || x.mask[i+1] || !x.plainDigitsOrDecimal(i+1) {
		return false
	}
	m, ok := numparse.Scale(x.lw[i+2])
	return ok && m >= 1e6 && x.lw[i+2] != "k"
}

// plainDigitsOrDecimal reports whether token k is digits with at most a
// decimal point or thousands commas: "13", "20.1", "1,200".
func (x *extractor) plainDigitsOrDecimal(k int) bool {
	w := x.lw[k]
	return w != "" && isDigit(w[0]) && strings.Trim(w, "0123456789.,") == ""
}

func allDigitsDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '.' {
			return false
		}
	}
	return true
}

func atoi3(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func (x *extractor) wordsAt(j int, ws []string) bool {
	for k, w := range ws {
		if x.mask[j+k] || x.lw[j+k] != w {
			return false
		}
	}
	return true
}

// matchAt reads a figure whose number (or currency) starts at token i.
func (x *extractor) matchAt(i, first, lim int) (m match, ok bool) {
	j := i
	var cur string
	spacedCode := false
	if c, found := currencyPrefix[x.lw[j]]; found && j+1 < lim && x.startsNumber(j+1, lim) &&
		!(wordCodes[x.lw[j]] && x.toks[j].Text != strings.ToUpper(x.toks[j].Text)) {
		cur = c
		j++
		// "C $ 16.4 million", "HK $ 10 billion" as tokenized copy writes them.
		if x.lw[i] == "$" && i-1 >= first && !x.mask[i-1] {
			if c2, ok := currencyPrefix[x.lw[i-1]+"$"]; ok && isWordTok(x.toks[i-1].Text) && (len(x.lw[i-1]) >= 2 || x.lw[i-1] == "c") {
				cur, spacedCode = c2, true
			}
		}
	}
	if cur == "" && x.lw[i] == "#" && x.hashPound(i, lim) {
		cur = "GBP"
		j++
		if i-1 >= first && x.lw[i-1] == "gb" && !x.mask[i-1] {
			spacedCode = true // "GB # 20.1 billion"
		}
	}
	named := false
	if cur == "" && x.pre[i]&preCurrency != 0 {
		if code, n := x.currencyNameBefore(i, first, lim); n > 0 {
			cur, j, named = code, i+n, true
		}
	}
	c, ok := x.readCore(j, lim)
	if !ok {
		return m, false
	}
	if named && (c.cur != "" || c.unit != "" || c.limit < lim && percentWords[x.lw[c.limit]] ||
		c.plain && c.ndig == 4 && c.val >= 1000 && c.val <= 2100) {
		return m, false // "the dollar 0.5 percent higher", "Euro 2024"
	}
	if c.cur != "" && cur == "" {
		cur = c.cur
	}
	// "Rs. 20": the abbreviation's point may have ended the sentence
	// before the number.
	dotted := false
	if cur == "" && j == i && i >= 2 && x.lw[i-1] == "." && (x.lw[i-2] == "rs" || x.lw[i-2] == "re") &&
		x.toks[i-2].End == x.toks[i-1].Start && !x.mask[i-2] {
		cur, dotted = "INR", true
	}
	// What stands right before: a hedge, "between", "from".
	h, hstart := x.preHedge(i, first)
	prev := ""
	if i-1 >= first {
		prev = x.lw[i-1]
	}
	k := c.limit
	// A range: "10 to 20", "between 10 and 20", "10-20", "$12m-$20m".
	if !c.rng && !c.vague && k+1 < lim && !x.mask[k] {
		sep := x.lw[k]
		allowed := false
		switch sep {
		case "-", "–", "—":
			allowed = true
		case "to":
			// After "by" a close pair is a range ("rose by 15 to 20
			// percent", "checked by 12 to 14 people"), a far one a change
			// then a level ("rose by 3 to 12"); checked below.
			allowed = !(prev == "from" && i-2 >= first && changeVerbs[x.lw[i-2]]) &&
				!(prev != "from" && i-1 >= first && changeVerbs[prev])
		case "and":
			allowed = prev == "between"
		case "or":
			allowed = true
		case "through", "thru", "~":
			allowed = true // "20 through 100"
		}
		if allowed {
			k2 := k + 1
			cur2 := ""
			if cc, found := currencyPrefix[x.lw[k2]]; found && k2+1 < lim {
				cur2 = cc
				k2++
			}
			if k2 < lim && (x.lw[k2] == "~" || x.lw[k2] == "about" || x.lw[k2] == "around") {
				k2++
			}
			if c2, ok2 := x.readCore(k2, lim); ok2 && !c2.vague && !c2.rng && c2.unit != "times" {
				a, b := c.val, c2.val
				if c.scale == 1 && c2.scale > 1 && a*c2.scale <= b {
					a *= c2.scale // "10 to 20 million"
				}
				good := a < b
				if sep == "to" && prev == "by" {
					good = good && b <= 2*a
				}
				if sep == "or" {
					good = good && b <= 10*a && c.words == c2.words
				}
				if c.plain && c2.plain && (sep == "-" || sep == "–") && c.ndig == 4 && a >= 1000 && a <= 2100 && b <= 2100 {
					good = false // "2014 - 2016"
				}
				if good {
					c.lo, c.hi, c.rng = a, b, true
					c.val = a
					c.limit = c2.limit
					c.plain = false
					if cur == "" {
						cur = cur2
					}
					if cur == "" {
						cur = c2.cur
					}
					if c.unit == "" {
						c.unit = c2.unit
					}
				}
			}
		}
	}
	// Proportions: "one in five children", "6 out of 10 voters" are
	// percentages (20, 60), so that they meet "20 percent" in comparisons.
	if !c.rng && !c.vague && c.unit == "" && cur == "" && c.val >= 1 && c.val == math.Trunc(c.val) && c.limit+1 < lim {
		k2 := -1
		switch {
		case x.lw[c.limit] == "in":
			k2 = c.limit + 1
		case x.lw[c.limit] == "out" && x.lw[c.limit+1] == "of":
			k2 = c.limit + 2
		}
		if k2 > 0 && k2 < lim && !x.mask[k2] {
			if c2, ok2 := x.readCore(k2, lim); ok2 && !c2.rng && !c2.vague && c2.unit == "" && c2.cur == "" &&
				c2.val > c.val && c2.val <= 1000 && c2.val == math.Trunc(c2.val) &&
				!(c2.plain && c2.ndig == 4) && (c2.limit >= lim || !timeUnits[x.lw[c2.limit]]) {
				v := 100 * c.val / c2.val
				c.val, c.lo, c.hi = v, v, v
				c.limit = c2.limit
				c.unit = doc.Percent
				c.plain, c.isOne = false, false
			}
		}
	}
	// "one over three", "1 over 20" ending the phrase: a fraction ("over
	// 20 people" after a number is not one).
	if !c.rng && !c.vague && c.unit == "" && cur == "" && c.val == math.Trunc(c.val) && c.limit+1 < lim &&
		x.lw[c.limit] == "over" && !x.mask[c.limit+1] {
		if c2, ok2 := x.readCore(c.limit+1, lim); ok2 && !c2.rng && !c2.vague && c2.unit == "" && c2.cur == "" &&
			c2.val > 0 && c2.val == math.Trunc(c2.val) && (c2.limit >= lim || !isWordTok(x.toks[c2.limit].Text)) {
			v := c.val / c2.val
			c.val, c.lo, c.hi = v, v, v
			c.limit = c2.limit
			c.plain, c.isOne = false, false
		}
	}
	// "2 -7 g", "75 -300mm": the tokenizer glues the dash to the second.
	if !c.rng && !c.vague && c.limit < lim && !x.mask[c.limit] && len(x.lw[c.limit]) > 1 &&
		(x.lw[c.limit][0] == '-') && isDigit(x.lw[c.limit][1]) {
		if n2, ok2 := readNumTok(x.lw[c.limit][1:], x.loose); ok2 && !n2.rng && n2.v > c.val {
			c.lo, c.hi, c.rng = c.val, n2.v, true
			c.limit++
			c.plain = false
			if c.unit == "" {
				c.unit = n2.unit
			}
		}
	}
	k = c.limit
	unit := c.unit
	if cur != "" {
		unit = cur
		if c.unit == "t" {
			// "$2t": trillions.
			c.val, c.lo, c.hi = c.val*1e12, c.lo*1e12, c.hi*1e12
		}
	}
	// Units after the number.
	if k < lim && !x.mask[k] {
		k0 := k
		k, unit = x.unitAfter(k, lim, unit, &c)
		// "75 USD million": a scale after the currency.
		if k > k0 && isCurrency(unit) && c.scale == 1 && k < lim && !x.mask[k] {
			if m, ok := numparse.Scale(x.lw[k]); ok && m >= 1e6 {
				c.val, c.lo, c.hi, c.scale = c.val*m, c.lo*m, c.hi*m, m
				k++
			}
		}
	}
	// "5 feet 2 inches", "12 ft and 2 in", "5 feet, 10 inches": one length
	// in feet.
	if unit == "ft" && !c.rng && k < lim && !x.mask[k] {
		k2 := k
		if x.lw[k2] == "and" || x.lw[k2] == "," {
			k2++
		}
		if c2, ok2 := x.readCore(k2, lim); ok2 && !c2.rng && !c2.vague && c2.unit == "" && c2.cur == "" && c2.val < 12 &&
			c2.limit < lim && (x.lw[c2.limit] == "in" || x.lw[c2.limit] == "inch" || x.lw[c2.limit] == "inches") {
			c.val += c2.val / 12
			c.lo, c.hi = c.val, c.val
			k = c2.limit + 1
		}
	}
	// A range with the unit on both ends: "from 10 dollars to 20 dollars",
	// "between 5 km and 10 km", "2 g - 7 g".
	if !c.rng && !c.vague && unit != "" && k > c.limit && k+1 < lim && !x.mask[k] {
		sep := x.lw[k]
		change := prev == "from" && i-2 >= first && changeVerbs[x.lw[i-2]] // "rose from $10 to $20"
		// "70 percent to 80 percent" after a hedge or none; after a change
		// verb or "by" it is a change ("rose 2 percent to 40 percent").
		bare := prev != "from" && !changeVerbs[prev] && prev != "by" && h != nil && unit == doc.Percent
		if sep == "-" || sep == "–" || sep == "through" || (sep == "to" && (prev == "from" && !change || bare)) || (sep == "and" && prev == "between") {
			k2 := k + 1
			if k2 < lim && (x.lw[k2] == "about" || x.lw[k2] == "around" || x.lw[k2] == "~") {
				k2++
			}
			if c2, ok2 := x.readCore(k2, lim); ok2 && !c2.rng && !c2.vague && c2.cur == "" && c2.unit == "" &&
				c2.val > c.val && c2.limit < lim && !x.mask[c2.limit] {
				if k3, u2 := x.unitAfter(c2.limit, lim, "", &c2); u2 == unit && k3 > c2.limit {
					c.lo, c.hi, c.rng = c.val, c2.val, true
					c.plain = false
					k = k3
				}
			}
		}
	}
	if isCurrency(unit) && !c.rng && k < lim {
		k2 := k
		if x.lw[k2] == "and" {
			k2++
		}
		c2, ok2 := x.readCore(k2, lim)
		ok2 = ok2 && !c2.rng && !c2.vague && c2.val < 100
		if ok2 && c2.limit < lim && subunitWords[x.lw[c2.limit]] {
			c.val += c2.val / 100
			c.lo, c.hi = c.val, c.val
			k = c2.limit + 1
		} else if ok2 && c2.unit == "" && c2.cur == "" && c2.val >= 1 && c2.val == math.Trunc(c2.val) &&
			c.val == math.Trunc(c.val) && c.scale == 1 && (c2.limit >= lim || !isWordTok(x.toks[c2.limit].Text)) &&
			(k2 > k || c2.words || len(x.lw[k2]) == 2) {
			// "15 dollars and 50", "$20 43" ending the phrase: the cents
			// without their name.
			c.val += c2.val / 100
			c.lo, c.hi = c.val, c.val
			k = c2.limit
		} else if k2 < lim {
			if n2, ok2 := readNumTok(x.lw[k2], false); ok2 && n2.unit == "" && n2.cur == "USc" && n2.v < 100 {
				c.val += n2.v / 100 // "43¢"
				c.lo, c.hi = c.val, c.val
				k = k2 + 1
			}
		}
	}
	if unit == "USc" || unit == "GBp" {
		// Cents and pence are hundredths of the currency.
		if unit == "USc" {
			unit = "USD"
		} else {
			unit = "GBP"
		}
		c.val, c.lo, c.hi = c.val/100, c.lo/100, c.hi/100
	}
	// Hedges after the number: "40 or more", "6,000+".
	bound, hedge := doc.Exact, ""
	postHedge := ""
	if c.plus {
		bound, postHedge = doc.Lower, "+"
	}
	for _, ph := range postHedges {
		if k+len(ph.words) <= lim && x.wordsAt(k, ph.words) {
			// "40 and less than 10" is another bound, and so is "200 or
			// greater than 190".
			if e := k + len(ph.words); e < lim && (x.lw[e] == "than" || x.lw[e] == "or" || x.startsNumber(e, lim)) {
				continue
			}
			bound, postHedge = ph.bound, strings.Join(ph.words, " ")
			k += len(ph.words)
			break
		}
	}
	if k < lim && x.lw[k] == "+" && !x.mask[k] {
		bound, postHedge = doc.Lower, "+"
		k++
	}
	// Parenthetical restatement: "forty-five (45)".
	if k+2 < lim && x.lw[k] == "(" {
		if c2, ok2 := x.readCore(k+1, lim); ok2 && c2.val == c.val && c2.limit < lim && x.lw[c2.limit] == ")" {
			k = c2.limit + 1
		}
	}
	m = match{num: i, limit: k, first: i, val: c.val, lo: c.lo, hi: c.hi, rng: c.rng,
		unit: unit, strong: c.strong, cntFirst: -1, cntLimit: -1, wholeAt: -1, partOf: -1}
	if c.point && j == i || spacedCode {
		m.first = i - 1
		if c.point && c.val < 0 {
			m.first = i - 2 // "-.08"
		}
	}
	if dotted && i-2 >= first {
		m.first = i - 2 // else the span stays inside its sentence
	}
	if h != nil {
		m.first = hstart
		postBound := bound
		bound, hedge = h.bound, strings.Join(h.words, " ")
		m.verbal = h.verbal
		if postHedge != "" && h.bound == doc.Approx {
			bound = doc.Approx
			if postBound == doc.Lower || postBound == doc.Upper {
				// "about 500 or more": the words after set the bound.
				bound, hedge = postBound, postHedge
			}
		}
	} else if c.tilde {
		bound, hedge = doc.Approx, "~"
	} else if c.odd {
		bound, hedge = doc.Approx, "-odd"
	} else if postHedge != "" {
		hedge = postHedge
	}
	if c.rng && (prev == "between" || prev == "from") && h == nil {
		m.first = i - 1
		hedge = prev
	}
	// A number finite in digits can overflow with its scale ("10^300
	// trillion"): no figure rather than ±Inf, which the JSON contract and
	// every comparison downstream cannot carry.
	if !finite(m.val) || !finite(m.lo) || !finite(m.hi) {
		return m, false
	}
	// keep looks at the hedge: "around 2020" is a year, "above 1500" a count.
	m.bound, m.hedge = bound, hedge
	if !x.keep(&m, &c, i, j, first, lim, h != nil) {
		return m, false
	}
	switch {
	case c.rng:
		m.bound = doc.Range
		switch bound {
		case doc.Lower:
			m.bound = doc.Lower
		case doc.Upper:
			m.bound = doc.Upper
		}
	default:
		m.bound = bound
	}
	m.hedge = hedge
	if !c.rng && !c.vague && h == nil && m.val > 0 && x.signBefore(i, m.limit, first, lim) {
		m.val, m.lo, m.hi = -m.val, -m.lo, -m.hi
		m.first = i - 1
	}
	if c.hadOf || (c.vague && k < lim && x.lw[k] == "of") {
		m.cntFirst = -2 // marker: counted phrase after "of"
	}
	return m, true
}

// currencyNameBefore reads a currency named before its amount, as wire
// copy and Asian papers write it: "ringgit 42 million", "Malaysian ringgit
// 42", "yuan 5 billion". It returns the code and the number of words.
// Names that are also common words ("won 42 seats", "real 5 percent") and
// a name after an article or a number ("the dollar 0.5 percent higher",
// "50 dollar 40 rmb") are not read so.
func (x *extractor) currencyNameBefore(i, first, lim int) (string, int) {
	w := x.lw[i]
	if i-1 >= first {
		switch p := x.lw[i-1]; p {
		case "the", "a", "an", "per", "each", "every", "this", "that", "its", "their":
			return "", 0
		default:
			if startsDigit(p) || isNumberWord(p) {
				return "", 0
			}
		}
	}
	n := 1
	if adj, ok := currencyAdjectives[w]; ok && i+1 < lim && !x.mask[i+1] {
		code, ok := adj[x.lw[i+1]]
		if !ok || i+2 >= lim || !x.startsNumber(i+2, lim) {
			return "", 0
		}
		return code, 2
	}
	code, ok := currencyNames[w]
	if !ok || ambiguousNames[w] || i+n >= lim || !x.startsNumber(i+n, lim) {
		return "", 0
	}
	if _, isCode := currencyPrefix[w]; isCode {
		return "", 0 // codes are read before
	}
	return code, n
}

// datePreps stand before a date, so that "on 9/11" and "since 3/4" are
// days, not fractions.
var datePreps = map[string]bool{
	"on": true, "since": true, "after": true, "before": true, "until": true, "till": true, "post": true, "pre": true,
}

// brackets pairs opening and closing brackets.
var brackets = map[string]string{"(": ")", "[": "]", "{": "}", "<": ">"}

// wordCodes are currency codes that are English words too; before a
// number they are codes only in capitals ("TRY 20", not "try 20 times").
var wordCodes = map[string]bool{"try": true, "rub": true, "ron": true, "le": true, "l.e": true, "l.e.": true}

// ambiguousNames are currency names that are common words too, or that
// before a number name something else: "Euro 5" (an emission standard),
// "sterling 1.25" and "bitcoin 60,000" (prices in another currency).
var ambiguousNames = map[string]bool{
	"won": true, "real": true, "rand": true, "dong": true, "pound": true, "pounds": true, "penny": true,
	"pennies": true, "cent": true, "cents": true, "pence": true, "bucks": true, "franc": true, "lira": true,
	"euro": true, "euros": true, "sterling": true, "bitcoin": true, "bitcoins": true,
}

// unitAfter reads a unit following the number at token k.
func (x *extractor) unitAfter(k, lim int, unit string, c *core) (int, string) {
	w := x.lw[k]
	next := ""
	if k+1 < lim {
		next = x.lw[k+1]
	}
	if isCurrency(unit) && c.scale == 1 {
		// "$5 m", "€3 bn": a spaced scale after an amount.
		if f, ok := spacedScales[w]; ok {
			c.val, c.lo, c.hi, c.scale = c.val*f, c.lo*f, c.hi*f, f
			return k + 1, unit
		}
	}
	if unit == doc.Percent && w == "%" {
		return k + 1, unit // "20%-30%": the last sign split off
	}
	if unit == "°" {
		// "100° Celsius"
		switch w {
		case "celsius", "centigrade", "c", "c.":
			return k + 1, "°C"
		case "fahrenheit", "f", "f.":
			return k + 1, "°F"
		}
	}
	if unit != "" && unit != "percent" && unit != "times" {
		// "US$ 9.99 US dollars", "€20 euros": the name restates the symbol.
		if code, ok := currencyNames[w]; ok && code == unit {
			return k + 1, unit
		}
		if m, ok := currencyAdjectives[w]; ok {
			if code, ok := m[next]; ok && code == unit {
				return k + 2, unit
			}
		}
		return k, unit
	}
	if unit != "" {
		return k, unit
	}
	// "42 LE", "42 L.E": codes that are words too, in capitals only.
	if code, ok := currencyPrefix[w]; ok && wordCodes[w] && x.toks[k].Text == strings.ToUpper(x.toks[k].Text) {
		return k + 1, code
	}
	// A symbol after the number, "10 €", unless it opens the next amount
	// ("10 $ 30").
	if code, ok := currencyPrefix[w]; ok && !isWordTok(x.toks[k].Text) && (next == "" || !startsDigit(next)) {
		return k + 1, code
	}
	if c.words && c.val < 1 && c.val > 0 {
		// Fractions of a percentage point: "a quarter point", "half a
		// percentage point", "three-quarters of a percentage point".
		k2 := k
		switch w {
		case "of":
			// "of a percentage point"; "a third of points" counts points.
			if k+1 < lim && (x.lw[k+1] == "a" || x.lw[k+1] == "an") {
				k2 += 2
			}
		case "a", "an":
			k2++
		}
		if k2 < lim && x.lw[k2] == "percentage" {
			k2++
		}
		if k2 < lim && (x.lw[k2] == "point" || x.lw[k2] == "points") {
			return k2 + 1, "point"
		}
	}
	switch {
	case (w == "\"" || w == "″") && dimWords[next] && !c.words:
		return k + 1, "in" // "a pen 10\" long": the inch mark
	case w == "percentage" && (next == "point" || next == "points"):
		return k + 2, "point"
	case w == "percentage-point" || w == "percentage-points":
		return k + 1, "point" // "a 10 percentage-point margin"
	case percentWords[w]:
		return k + 1, doc.Percent
	case w == "per" && next == "cent":
		return k + 2, doc.Percent
	case w == "basis" && (next == "point" || next == "points"):
		return k + 2, "bp"
	case w == "times" || w == "-fold" || w == "fold":
		return k + 1, "times"
	case w == "nautical" && units[next] == "mi":
		return k + 2, "nmi"
	case w == "nautical" && units[next] != "":
		// "nautical kilometres" is no unit of its own: the distance is
		// in the unit named, so a miles-to-kilometres change still shows.
		return k + 2, units[next]
	case w == "hong" && next == "kong" && k+2 < lim && strings.HasPrefix(x.lw[k+2], "dollar"):
		return k + 3, "HKD"
	case (w == "south" || w == "north") && next == "korean" && k+2 < lim && x.lw[k+2] == "won":
		return k + 3, "KRW"
	case w == "new" && next == "taiwan" && k+2 < lim && strings.HasPrefix(x.lw[k+2], "dollar"):
		return k + 3, "TWD"
	}
	if m, ok := currencyAdjectives[w]; ok {
		if code, ok := m[next]; ok {
			return k + 2, code
		}
	}
	if len(w) == 4 && w[0] == 'm' && x.toks[k].Text[0] == 'M' {
		// "120 MEUR", "30 MUSD": millions of the currency, as finance writes.
		if code, ok := currencyPrefix[w[1:]]; ok && code == strings.ToUpper(w[1:]) {
			c.val, c.lo, c.hi = c.val*1e6, c.lo*1e6, c.hi*1e6
			return k + 1, code
		}
	}
	if code, ok := currencyNames[w]; ok {
		if (w == "pounds" || w == "pound") && (next == "of" || x.weightCue(k) || c.hi < 1000 && c.scale == 1 && x.dietCue(k) ||
			x.metricAfter(k+1, lim)) {
			return k + 1, "lb" // "two pounds of meat", "weighs 25 pounds"
		}
		return k + 1, code
	}
	if w == "of" && c.vague {
		// "millions of dollars"
		if code, ok := currencyNames[next]; ok {
			return k + 2, code
		}
	}
	// A unit in brackets, as tables and spec sheets write it: "20 (kg)",
	// "20 [kg]".
	if closer := brackets[w]; closer != "" && k+2 < lim && x.lw[k+2] == closer && !c.words {
		if u, ok := units[next]; ok && u != "" {
			return k + 3, u
		}
	}
	if u, ok := units[w]; ok && (!lowerOnlyUnits[w] || x.toks[k].Text == w) {
		if u == "" {
			// "square kilometres", "sq km", "cubic metres"
			if su, ok := squareUnits[next]; ok {
				if w == "metric" && su != "t" || w != "metric" && su == "t" {
					return k, ""
				}
				if w == "cubic" || w == "cu" {
					su = strings.Replace(su, "²", "³", 1)
				}
				return k + 2, su
			}
			return k, ""
		}
		// Bare "g" and "m"-like one-letter units need a digit figure.
		if len(w) == 1 && c.words {
			return k, ""
		}
		if w == "m" && (x.countNounAt(k+1, lim) || x.toks[k].Text == "M") && c.scale == 1 {
			// "5 m users", "1,674,200.5 M": millions.
			c.val, c.lo, c.hi, c.scale = c.val*1e6, c.lo*1e6, c.hi*1e6, 1e6
			return k + 1, ""
		}
		if w == "g" && x.toks[k].Text == "G" && c.scale == 1 && !c.rng && (c.val < 1 || c.val >= 10) {
			// "1,674.5 G": giga, as a glued G is; grams are a small g,
			// and "3 G" is left as it was read before.
			c.val, c.lo, c.hi, c.scale = c.val*1e9, c.lo*1e9, c.hi*1e9, 1e9
			return k + 1, ""
		}
		if u == "°" && k+1 < lim {
			// "40 degrees Celsius"
			switch next {
			case "celsius", "centigrade", "c", "c.":
				return k + 2, "°C"
			case "fahrenheit", "f", "f.":
				return k + 2, "°F"
			}
		}
		// "188 miles an hour", "50 km per hour": a speed (the time step
		// may have taken "an hour").
		if (u == "mi" || u == "km") && k+2 < lim && (next == "an" || next == "a" || next == "per") && x.lw[k+2] == "hour" {
			if u == "mi" {
				return k + 3, "mph"
			}
			return k + 3, "km/h"
		}
		return k + 1, u
	}
	return k, ""
}

// aUnitOK reports whether "a" at j may stand for one before a unit in
// running text ("it cost a dollar", "a kilogram of rice"), not as the "per"
// of a rate ("$80 a barrel", "five dollars a gallon", "10 km an hour") nor
// in "a ton of criticism"-like idioms.
func (x *extractor) aUnitOK(j, lim int) bool {
	if j > 0 {
		p := x.lw[j-1]
		if startsDigit(p) || isNumberWord(p) || p == "per" {
			return false
		}
		if _, ok := currencyNames[p]; ok {
			return false
		}
		if u, ok := units[p]; ok && u != "" {
			return false
		}
	}
	nw := x.lw[j+1]
	if u, ok := units[nw]; ok && u != "" && len(nw) == 1 {
		return false // "a m", "a g"
	}
	return j+2 >= lim || (x.lw[j+2] != "of" && x.lw[j+2] != "-" && !strings.HasPrefix(x.lw[j+2], "-"))
}

// hedgeWordBefore reports whether a hedge ends right before token j.
func (x *extractor) hedgeWordBefore(j int) bool {
	_, ok := preHedges[x.lw[j-1]]
	return ok
}

// spacedScales may follow an amount of money after a space: "$5 m".
var spacedScales = map[string]float64{"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}

// subunitWords name hundredths of a currency.
var subunitWords = map[string]bool{
	"cents": true, "cent": true, "c": true, "pence": true, "p": true, "kopecks": true, "kopeks": true,
	"kopiykas": true, "kopiyok": true, "sen": true, "sens": true,
}

// weightCues before "pounds" make it a weight: "the baby weighed over two
// pounds", "a ton is 2,204.62 pounds". Verbs of dieting ("to drop 25
// pounds", "shed 40 pounds") count only for amounts under a thousand,
// which money written "pounds" rarely is after them ("lost 5 million
// pounds").
var weightCues = map[string]bool{
	"weigh": true, "weighs": true, "weighed": true, "weighing": true, "weight": true, "heavy": true,
	"heavier": true, "lighter": true, "baby": true, "ton": true, "tons": true, "tonne": true,
	"kilograms": true, "kg": true, "ounces": true, "pound": true,
}

// dietCues before "pounds" make it a weight when the amount is small.
var dietCues = map[string]bool{
	"drop": true, "dropped": true, "dropping": true, "shed": true, "shedding": true, "lose": true, "losing": true,
	"lost": true, "gain": true, "gained": true, "gaining": true,
}

// weightCue reports whether a weight word stands in the six tokens before
// the unit at k, within the sentence.
func (x *extractor) weightCue(k int) bool {
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		if x.lw[p] == "." || x.lw[p] == ";" {
			return false
		}
		if weightCues[x.lw[p]] {
			return true
		}
	}
	return false
}

// metricAfter reports whether a conversion to kilograms stands in
// brackets at k: "300 pounds (136 kilograms) of rice".
func (x *extractor) metricAfter(k, lim int) bool {
	if k+2 >= lim || x.lw[k] != "(" || !startsDigit(x.lw[k+1]) {
		return false
	}
	return units[x.lw[k+2]] == "kg" || units[x.lw[k+2]] == "t"
}

// dietCue reports whether a verb of dieting stands right before the
// amount whose unit is at k ("drop 25 pounds", "lost about 30 pounds").
func (x *extractor) dietCue(k int) bool {
	for p := k - 2; p >= 0 && p >= k-4; p-- {
		if dietCues[x.lw[p]] {
			return true
		}
		if _, ok := preHedges[x.lw[p]]; !ok && !startsDigit(x.lw[p]) && !isNumberWord(x.lw[p]) {
			return false
		}
	}
	return false
}

// preHedge finds a hedge ending right before token i.
func (x *extractor) preHedge(i, first int) (*hedge, int) {
	if i-1 < first || x.mask[i-1] {
		return nil, i
	}
	hs := preHedges[x.lw[i-1]]
	for hi := range hs {
		h := &hs[hi]
		n := len(h.words)
		s := i - n
		if s < first {
			continue
		}
		if x.wordsAt(s, h.words) {
			if symbolHedge(h.words[0]) && s-1 >= first && x.toks[s-1].End == x.toks[s].Start && symbolHedge(x.lw[s-1]) {
				return nil, i // "<>30" is "not 30", no bound; nor is "=>30"
			}
			return h, s
		}
	}
	return nil, i
}

// symbolHedge reports whether a token is a comparison sign.
func symbolHedge(w string) bool {
	switch w {
	case "<", ">", "=", "!", "<=", ">=", "≤", "≥":
		return true
	}
	return false
}

// keep applies the filters for things that look like counts but are not.
func (x *extractor) keep(m *match, c *core, i, j, first, lim int, hedged bool) bool {
	prevTok := -1
	if i-1 >= first {
		prevTok = i - 1
	}
	next := ""
	if c.limit < lim {
		next = x.lw[c.limit]
	}
	// "one of the", "no one", "one another", the pronoun "one".
	// A sentence that is the number alone answers a count ("How many
	// survived? One.").
	if c.isOne && !hedged && m.unit == "" && !x.alone(i, c.limit, first, lim) {
		if (next == "" && !x.loose) || oneIdioms[next] || (next != "" && !isWordTok(x.toks[c.limit].Text)) {
			return false
		}
		if prevTok >= 0 && oneBefore[x.lw[prevTok]] {
			return false
		}
	}
	if c.plain && !hedged && x.models[x.lw[j]] && m.unit == "" {
		return false // "the 787"
	}
	if c.rng && !hedged && m.unit == "" {
		if a, _, ok := strings.Cut(x.lw[j], "-"); ok && x.models[a] {
			return false // "the 737-800": a model's variant
		}
	}
	// "the two companies", "these five aircraft": a set already named.
	if c.words && !hedged && !c.vague && c.val <= 10 && prevTok >= 0 && m.unit == "" {
		switch x.lw[prevTok] {
		case "the", "these", "those", "both", "all", "their", "its", "our", "his", "her", "my", "your":
			return false
		}
	}
	// "twice as fast", "three times larger": a ratio, not occasions; news
	// contests ratios as it does counts ("four times faster").
	if m.unit == "times" && m.limit < lim {
		nw := x.lw[m.limit]
		if nw == "as" || nw == "more" || nw == "less" || nw == "fewer" || nw == "the" || nw == "that" ||
			(len(nw) > 4 && strings.HasSuffix(nw, "er") && !stopWords[nw]) {
			m.unit = "ratio"
		}
	}
	// "the 4500 block of West 31st Avenue": an address.
	if c.plain && c.limit+1 < lim && x.lw[c.limit] == "block" && x.lw[c.limit+1] == "of" {
		return false
	}
	// An age in apposition: "Anna Berg, 34, of Leeds", "Pierre Roux, 74".
	if c.plain && !hedged && c.val < 130 && prevTok-1 >= first && x.lw[prevTok] == "," &&
		isCapitalized(x.toks[prevTok-1].Text) && isWordTok(x.toks[prevTok-1].Text) &&
		(c.limit >= lim || x.lw[c.limit] == "," || x.lw[c.limit] == "." || x.lw[c.limit] == ")") {
		return false
	}
	// Durations and ages are the time step's: "two years", "six-month",
	// and, in text that spaces its hyphens, "8 - year", "two - time".
	if timeUnits[next] && m.unit == "" {
		// A bound on an age is a figure: "over 65 years old".
		age := hedged && (m.bound == doc.Lower || m.bound == doc.Upper) && (next == "years" || next == "year") &&
			c.limit+1 < lim && x.lw[c.limit+1] == "old"
		if !age {
			return false
		}
	}
	if (next == "-" || next == "–") && c.limit+1 < lim && (timeUnits[x.lw[c.limit+1]] || x.lw[c.limit+1] == "time") {
		return false
	}
	// Pieces of dates, times and paths written with spaces: "2013 / 09 /
	// 26", "1 : 45"; and zero-padded numbers ("09", "007") are codes.
	if (next == "/" || next == ":") && c.limit+1 < lim && startsDigit(x.lw[c.limit+1]) {
		return false
	}
	if prevTok-1 >= first && (x.lw[prevTok] == "/" || x.lw[prevTok] == ":") && startsDigit(x.lw[prevTok-1]) {
		return false
	}
	if c.plain && len(x.lw[j]) > 1 && x.lw[j][0] == '0' && !x.loose {
		return false
	}
	// Years: "in 2022", "around 2020", "until at least 2014". A four-digit
	// plain number is a count only before a plural or collective noun
	// ("1500 troops").
	if c.plain && m.unit == "" && !c.rng && c.ndig == 4 && c.val >= 1000 && c.val <= 2100 &&
		(!hedged || m.bound == doc.Approx || m.hedge == "at least") && !x.countNounAt(c.limit, lim) {
		return false
	}
	// "the 2016 campaigns", "Obama's 2012 bundlers", "the 2001 attacks": a
	// year after a determiner or a possessive, before a plural too. News
	// writes a count of that size with a comma ("the 2,000 troops").
	if c.plain && m.unit == "" && !c.rng && !hedged && c.ndig == 4 && c.val >= 1900 && c.val <= 2100 && prevTok >= 0 &&
		(yearDeterminers[x.lw[prevTok]] || strings.HasSuffix(x.lw[prevTok], "'s") || strings.HasSuffix(x.lw[prevTok], "’s")) {
		return false
	}
	if m.unit != "" || hedged || c.rng || c.vague {
		goto label
	}
	// Ids and phone numbers: long bare digit strings, digit groups.
	if c.plain && c.ndig >= 7 && !strings.HasSuffix(x.lw[j], "000") && !x.loose && !negative(x.lw[j]) {
		return false // "2882015"; a round "3000000" is a count, and an id has no sign
	}
	if c.plain && ((c.limit < lim && x.plainDigits(c.limit) && !x.scaleAfter(c.limit+1, lim)) || (prevTok >= 0 && x.plainDigits(prevTok))) {
		return false // "423 0000"; but "4000 3 hundred" is two numbers
	}
	if prevTok >= 0 && (x.lw[prevTok] == "+" || strings.HasPrefix(x.lw[prevTok], "+")) && c.plain {
		return false
	}
	if c.plain && x.listNumber(j, c.limit, lim) {
		return false // "12. Lindsey Graham (11.)": a ranked list
	}
	if prevTok >= 0 && (x.lw[prevTok] == "gmt" || x.lw[prevTok] == "utc") && m.unit == "" && c.val == math.Trunc(c.val) && math.Abs(c.val) <= 14 {
		return false // "GMT +8": a time zone
	}
	// Street addresses: "10 Downing Street".
	if !c.words {
		for k := c.limit; k < lim && k < c.limit+4; k++ {
			if !isCapitalized(x.toks[k].Text) {
				break
			}
			if streetWords[x.lw[k]] && k > c.limit {
				return false
			}
		}
	}
label:
	// Labels: "No. 5", "page 12", "Boeing 737", "World War Two".
	if prevTok >= 0 && j == i && !hedged {
		p := x.lw[prevTok]
		if labelWords[p] && !c.vague && !x.capacityVerb(prevTok, first) {
			return false
		}
		// "ages 47 and 48", "pages 12 and 13"
		if (p == "and" || p == "or" || p == ",") && prevTok-2 >= first && labelWords[x.lw[prevTok-2]] &&
			startsDigit(x.lw[prevTok-1]) && !c.vague {
			return false
		}
		pt := x.toks[prevTok].Text
		if isCapitalized(pt) && months[p] {
			return false
		}
		if !c.vague && m.unit == "" && x.nameWord(prevTok, first) &&
			((prevTok > first && !x.openerBefore(prevTok)) || !isCapitalized(pt)) {
			return false
		}
		// Model names glued by a hyphen token: "Su - 34".
		if (p == "-" || p == "–") && prevTok-1 >= first && isCapitalized(x.toks[prevTok-1].Text) && !c.words {
			return false
		}
	}
	if c.limit < lim && months[next] && isCapitalized(x.toks[c.limit].Text) && !c.vague && m.unit == "" {
		return false // "27 March"
	}
	if c.plain && m.unit == "" && c.val >= 1 && c.val <= 31 && next == "," && c.limit+1 < lim && x.plainDigits(c.limit+1) &&
		len(x.lw[c.limit+1]) == 4 && x.lw[c.limit+1] >= "1900" && x.lw[c.limit+1] <= "2100" {
		return false // "FeaturedFebruary 6, 2016": a date the time step could not see
	}
	// "six to eight weeks ago": the first end of a range the time step took.
	if (next == "to" || next == "or" || next == "-" || next == "–") && c.limit+1 < lim && x.mask[c.limit+1] &&
		(startsDigit(x.lw[c.limit+1]) || isNumberWord(x.lw[c.limit+1])) && m.unit == "" && !c.rng {
		return false
	}
	// Coordinates and angles: 32° 34'.
	if c.limit < lim && strings.HasPrefix(x.toks[c.limit].Text, "°") && c.limit+1 < lim &&
		strings.ContainsAny(x.toks[c.limit+1].Text, "'′") {
		return false
	}
	if c.limit < lim && (next == "'" || next == "′" || next == "’") && prevTok >= 0 &&
		(strings.Contains(x.toks[prevTok].Text, "°") || (prevTok-1 >= first && strings.Contains(x.toks[prevTok-1].Text, "°"))) {
		return false
	}
	if m.unit == "°" && c.limit+1 < lim && strings.ContainsAny(x.toks[c.limit+1].Text, "'′") {
		return false
	}
	return true
}

// alone reports whether tokens [i, limit) make their sentence, but for a
// closing full stop, question or exclamation mark.
func (x *extractor) alone(i, limit, first, lim int) bool {
	if i != first {
		return false
	}
	return limit == lim || limit+1 == lim && (x.lw[limit] == "." || x.lw[limit] == "!" || x.lw[limit] == "?")
}

// signBefore reports whether a minus sign spaced from the number at i
// opens the sentence the number ends ("- 1,200,000", "- 10 k" in a table
// or a list of changes). A dash before more words is a list bullet ("- 12
// people died") or a parenthetical, and says nothing about the sign.
func (x *extractor) signBefore(i, limit, first, lim int) bool {
	if i-1 != first || x.mask[i-1] || (x.lw[i-1] != "-" && x.lw[i-1] != "−") || x.toks[i-1].End == x.toks[i].Start {
		return false
	}
	return x.alone(i, limit, i, lim)
}

// scaleAfter reports whether token k is a scale word ("hundred").
func (x *extractor) scaleAfter(k, lim int) bool {
	if k >= lim || x.mask[k] || x.lw[k] == "k" {
		return false
	}
	_, ok := numparse.Scale(x.lw[k])
	return ok
}

// negative reports whether a number token carries a minus sign.
func negative(w string) bool {
	return strings.HasPrefix(w, "-") || strings.HasPrefix(w, "−")
}

// openerBefore reports whether the token before k opens a phrase (quote,
// bracket, colon), so that a capital at k is a sentence-like start.
func (x *extractor) openerBefore(k int) bool {
	if k == 0 {
		return true
	}
	switch x.lw[k-1] {
	case "\"", "“", "'", "‘", "(", "[", ":", "—", "–", "-", ";":
		return true
	}
	return false
}

func (x *extractor) plainDigits(k int) bool {
	s := x.lw[k]
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '-' {
			return false
		}
	}
	return isDigit(s[0])
}

// countNouns are collective nouns that are counted without a plural -s.
var countNouns = map[string]bool{
	"people": true, "police": true, "personnel": true, "staff": true, "children": true, "men": true,
	"women": true, "cattle": true, "sheep": true, "fish": true, "aircraft": true, "infantry": true,
	"militia": true, "youth": true, "crew": true, "livestock": true, "more": true, "other": true,
	"new": true, "additional": true, "of": true,
}

// countNounAt reports whether token k opens a counted noun phrase.
func (x *extractor) countNounAt(k, lim int) bool {
	if k >= lim || x.mask[k] {
		return false
	}
	t := x.toks[k].Text
	w := x.lw[k]
	if !isWordTok(t) || isCapitalized(t) {
		return false
	}
	if countNouns[w] || premodifiers[w] {
		return w != "of"
	}
	if stopWords[w] && !strings.HasSuffix(w, "ies") {
		return false
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// link fills counted phrases, part-of links and lets parts inherit their
// whole's counted phrase.
func (x *extractor) link() {
	for mi := range x.ms {
		m := &x.ms[mi]
		s := x.d.Sentences[m.sent]
		x.counted(m, s.First, s.Limit)
	}
	for mi := range x.ms {
		m := &x.ms[mi]
		switch {
		case m.wholeAt >= 0:
			for mj := mi + 1; mj < len(x.ms) && x.ms[mj].sent == m.sent; mj++ {
				if x.ms[mj].first <= m.wholeAt && m.wholeAt < x.ms[mj].limit {
					m.partOf = mj
					break
				}
			}
		case m.partOfPrev:
			for mj := mi - 1; mj >= 0 && x.ms[mj].sent >= m.sent-1; mj-- {
				if x.ms[mj].unit == m.unit && x.ms[mj].partOf < 0 {
					m.partOf = mj
					break
				}
			}
		}
		// "rose from 210 to 260 dollars": the unit is said once.
		if m.unit == "" && mi+1 < len(x.ms) && m.limit < len(x.lw) && x.lw[m.limit] == "to" &&
			m.first > 0 && x.lw[m.first-1] == "from" && x.ms[mi+1].first == m.limit+1 && x.ms[mi+1].unit != "" {
			m.unit = x.ms[mi+1].unit
		}
		if m.partOf >= 0 && m.cntFirst < 0 {
			w := &x.ms[m.partOf]
			m.cntFirst, m.cntLimit = w.cntFirst, w.cntLimit
		}
	}
}

// counted finds the noun phrase m counts: after the number ("15,000
// troops", "dozens of civilians", "600 of the 15,000 deployed troops"),
// or, when none follows, the subject before a verb group ("the toll of
// North Korean casualties could exceed 6,000").
func (x *extractor) counted(m *match, first, lim int) {
	k := m.limit
	afterOf := m.cntFirst == -2
	m.cntFirst, m.cntLimit = -1, -1
	// "including 12 children", "among them 3 officers"
	if m.first-1 >= first {
		p := x.lw[m.first-1]
		if p == "including" || p == "includes" || p == "included" ||
			(p == "them" && m.first-2 >= first && x.lw[m.first-2] == "among") {
			m.partOfPrev = true
			m.including = true
		}
		// "30, of whom 12 were released"
		if (p == "whom" || p == "them" || p == "those" || p == "which") && m.first-2 >= first && x.lw[m.first-2] == "of" {
			m.partOfPrev = true
		}
	}
	if m.unit != "" {
		// Money, percentages and measures count no noun phrase.
		return
	}
	if !afterOf && k+1 < lim && (x.lw[k] == "of" || (x.lw[k] == "out" && x.lw[k+1] == "of")) {
		if x.lw[k] == "out" {
			k++
		}
		k++
		if k >= lim {
			return
		}
		switch x.lw[k] {
		case "them", "whom", "those", "these", "which":
			m.partOfPrev = true
			return
		case "the", "its", "their", "his", "her", "our", "all", "some", "an", "a", "this", "that":
			k++
		}
		if x.startsNumber(k, lim) {
			m.wholeAt = k
			return
		}
	} else if afterOf && k < lim && x.lw[k] == "of" {
		k++
		if k < lim && (x.lw[k] == "the" || x.lw[k] == "their" || x.lw[k] == "its") {
			k++
		}
	}
	// A quotation mark around the number: `killed "dozens" of soldiers`.
	if k < lim && k > m.limit-1 && isQuoteTok(x.toks[k].Text) && k+1 < lim && x.lw[k+1] == "of" {
		k += 2
		if k < lim && (x.lw[k] == "the" || x.lw[k] == "their" || x.lw[k] == "its") {
			k++
		}
	}
	a, b := x.npForward(k, lim)
	if b > a {
		m.cntFirst, m.cntLimit = a, b
		return
	}
	// "The number of people killed could exceed 150", "the toll of
	// casualties is 40": what the subject's "number of" counts.
	if a, b := x.numberOf(first, m.first); b > a {
		m.cntFirst, m.cntLimit = a, b
		return
	}
	// No noun after the number: the subject of the verb group before it.
	e := m.first - 1
	skipped := 0
	for e >= first && backVerbs[x.lw[e]] && skipped < 5 && !x.mask[e] {
		e--
		skipped++
	}
	if skipped == 0 && !m.verbal {
		return
	}
	end := e + 1
	n := 0
	for e >= first && n < 5 && !x.mask[e] && isWordTok(x.toks[e].Text) && !stopWords[x.lw[e]] {
		if tp := x.toks[e].POS; tp != "" && tp != "NOUN" && tp != "PROPN" && tp != "ADJ" {
			break
		}
		e--
		n++
	}
	if n > 0 {
		m.cntFirst, m.cntLimit = e+1, end
	}
}

// shelterWords are where displaced and evacuated people are put up.
var shelterWords = map[string]bool{
	"shelter": true, "shelters": true, "classrooms": true, "schools": true, "church": true, "churches": true,
	"tents": true, "camps": true, "camp": true, "mosques": true, "temples": true, "gyms": true, "stadium": true,
	"halls": true, "pagodas": true, "safety": true,
}

// numberOf finds "number of N", "toll of N", "count of N" or "total of N"
// in tokens [first, limit) (the clause before a figure) and returns N's
// noun phrase.
func (x *extractor) numberOf(first, limit int) (int, int) {
	// The subject is near: look back at most 30 tokens, which also keeps
	// text without sentence breaks linear.
	first = max(first, limit-30)
	for k := limit - 2; k >= first; k-- {
		switch x.lw[k] {
		case "number", "toll", "count", "total", "tally", "figure":
		default:
			continue
		}
		if x.lw[k+1] != "of" {
			continue
		}
		j := k + 2
		if j < limit && (x.lw[j] == "the" || x.lw[j] == "its" || x.lw[j] == "their") {
			j++
		}
		if a, b := x.npForward(j, limit); b > a {
			return a, b
		}
	}
	return -1, -1
}

func isQuoteTok(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "''", "``":
		return true
	}
	return false
}

// npForward reads the noun phrase at token k: adjectives and nouns up to a
// function word, a verb, punctuation or another number. A participle may
// open it ("deployed North Korean troops") when a noun follows.
func (x *extractor) npForward(k, lim int) (int, int) {
	start := k
	n := 0
	for k < lim && n < 6 && !x.mask[k] {
		t := &x.toks[k]
		w := x.lw[k]
		if !isWordTok(t.Text) {
			break
		}
		if t.POS != "" {
			switch t.POS {
			case "NOUN", "PROPN", "ADJ":
			case "VERB":
				// The tagger often takes an attributive participle for a
				// past tense ("the 15,000 deployed/VBD troops"): before a
				// noun it still opens the phrase.
				vbdBeforeNoun := t.Tag == "VBD" && k+1 < lim && (x.toks[k+1].POS == "NOUN" || x.toks[k+1].POS == "PROPN" || x.toks[k+1].POS == "ADJ")
				if n > 0 || t.Tag == "VB" || t.Tag == "VBD" && !vbdBeforeNoun || t.Tag == "VBZ" || t.Tag == "VBP" {
					return start, k
				}
			default:
				return start, k
			}
		}
		if stopWords[w] || (n > 0 && (looksVerb(w) || pastVerbs[w]) && !isCapitalized(t.Text)) {
			if n == 0 && premodifiers[w] && k+1 < lim && isWordTok(x.toks[k+1].Text) && !stopWords[x.lw[k+1]] {
				k++
				n++
				continue
			}
			break
		}
		if isNumberWord(w) {
			break
		}
		k++
		n++
		// A plural or collective head ends the phrase: "20 brigades held",
		// "40 people living nearby".
		if (countNouns[w] && !premodifiers[w] && w != "of") || isPlural(w) {
			// …unless a plural head follows: "40 police officers".
			if countNouns[w] && k < lim && isPlural(x.lw[k]) && isWordTok(x.toks[k].Text) && !stopWords[x.lw[k]] {
				continue
			}
			break
		}
	}
	return start, k
}

// isPlural guesses a plural noun from its ending.
func isPlural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range [...]string{"ss", "us", "is", "ous", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// looksVerb guesses a past participle or gerund after a noun ("600
// soldiers killed", "people fleeing").
func looksVerb(w string) bool {
	if len(w) < 5 {
		return false
	}
	if strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "dred") {
		return true
	}
	return strings.HasSuffix(w, "ing") && w != "thing" && w != "building" && w != "ring"
}

// measureOf decides what happened to what m counts.
func (x *extractor) measureOf(mi int) string {
	m := &x.ms[mi]
	switch {
	case m.unit == doc.Percent || m.unit == "point" || m.unit == "bp":
		return doc.Percent
	case isCurrency(m.unit):
		return doc.Money
	case m.unit == "times":
		return doc.Other
	}
	s := x.d.Sentences[m.sent]
	// A part ("600 of the 15,000 deployed troops have died") shares its
	// whole's counted phrase but not what the phrase says happened to the
	// whole: what happened to the part is said after the phrase.
	inherited := m.partOf >= 0 && m.wholeAt >= 0
	if m.cntFirst >= 0 && !inherited {
		if ms := x.cues(m.cntFirst, m.cntLimit, 1); ms != "" {
			return ms
		}
	}
	// The verb group after the figure (or after the whole it is part of).
	after := m.limit
	if m.cntLimit > after {
		after = m.cntLimit
	}
	if inherited {
		// "600 of the 15,000 troops deployed there have been killed": the
		// whole's participle is not what happened to the part.
		if ms := x.cueWindowSkip(after, s.Limit, doc.Deployed); ms != "" {
			return ms
		}
	} else if ms := x.cueWindow(after, s.Limit, 1); ms != "" {
		return ms
	} else if after < s.Limit && x.lw[after] == "and" {
		// "between 30 and 45 Cambodian soldiers and at least 14 Thai
		// soldiers have been killed": the verb after the coordinated
		// figure is shared.
		if mj := mi + 1; mj < len(x.ms) && x.ms[mj].sent == m.sent && x.ms[mj].first <= after+3 {
			o := &x.ms[mj]
			end := max(o.limit, o.cntLimit)
			if ms := x.cueWindow(end, s.Limit, 1); ms != "" {
				return ms
			}
		}
	}
	if ms := x.cueWindow(m.first-1, s.First-1, -1); ms != "" {
		return ms
	}
	if m.partOf >= 0 && m.partOf < mi && m.including {
		// "40 killed, including 12 children": the part shares the measure.
		return x.measureOf(m.partOf)
	}
	if m.strong {
		return doc.Deployed
	}
	if m.cntFirst >= 0 {
		for k := m.cntFirst; k < m.cntLimit; k++ {
			if forceNouns[x.lw[k]] {
				return doc.Deployed
			}
		}
	}
	return doc.Other
}

// cues resolves the measure words in tokens [a, b).
func (x *extractor) cues(a, b, dir int) string {
	var found uint16
	first := ""
	for k := a; k < b; k++ {
		if ms := x.cueAt(k); ms != "" {
			if first == "" {
				first = ms
			}
			found |= measureBit(ms)
		}
	}
	return resolve(found, first)
}

// cueWindow scans up to six tokens from k in direction dir, stopping at
// punctuation, a conjunction or another number.
func (x *extractor) cueWindow(k, stop, dir int) string {
	var found uint16
	first := ""
	// Forward, a reduced relative clause may stand between the phrase and
	// its verb ("families living near the ridge had been moved").
	span := 6
	if dir > 0 {
		span = 9
	}
	for n := 0; k != stop && n < span; n++ {
		if k < 0 || k >= len(x.toks) || x.mask[k] {
			break
		}
		w := x.lw[k]
		// "One man was shot and killed": "and" joins two verbs of the same
		// subject when a cue follows it directly.
		if w == "and" && dir > 0 && k+1 < stop && x.cueAt(k+1) != "" {
			// "killed 3 and injured 14": a verb with its own number is
			// that number's.
			if k+2 < stop && (startsDigit(x.lw[k+2]) || isNumberWord(x.lw[k+2])) {
				break
			}
			k += dir
			continue
		}
		if isQuoteTok(x.toks[k].Text) {
			k += dir
			continue
		}
		if !isWordTok(x.toks[k].Text) || clauseBreaks[w] || w == "of" && dir < 0 || startsDigit(w) || isNumberWord(w) {
			break
		}
		if ms := x.cueAt(k); ms != "" {
			if first == "" {
				first = ms
			}
			found |= measureBit(ms)
		}
		k += dir
	}
	return resolve(found, first)
}

// cueWindowSkip scans up to ten tokens after k for a measure other than
// skip, stopping at punctuation, a conjunction or another number.
func (x *extractor) cueWindowSkip(k, stop int, skip string) string {
	var found uint16
	first := ""
	for n := 0; k < stop && n < 10; n++ {
		w := x.lw[k]
		if x.mask[k] || !isWordTok(x.toks[k].Text) || clauseBreaks[w] || startsDigit(w) || isNumberWord(w) {
			break
		}
		if ms := x.cueAt(k); ms != "" && ms != skip {
			if first == "" {
				first = ms
			}
			found |= measureBit(ms)
		}
		k++
	}
	return resolve(found, first)
}

// cueAt returns the measure a token signals, checking multi-word cues.
func (x *extractor) cueAt(k int) string {
	w := x.lw[k]
	switch w {
	case "prisoner", "captive":
		if k > 0 && (x.lw[k-1] == "taken" || x.lw[k-1] == "took") {
			return doc.Captured
		}
	case "lives":
		if k > 1 && (x.lw[k-1] == "their" || x.lw[k-1] == "his" || x.lw[k-1] == "her") && strings.HasPrefix(x.lw[k-2], "lost") {
			return doc.Killed
		}
		return ""
	case "losses":
		return doc.Casualties
	case "toll":
		if k > 0 && (x.lw[k-1] == "death" || x.lw[k-1] == "casualty") {
			if x.lw[k-1] == "casualty" {
				return doc.Casualties
			}
			return doc.Killed
		}
		return doc.Killed
	case "moved", "taken", "relocated", "bused", "bussed":
		// "moved to shelters": evacuated.
		for j := k + 1; j < len(x.lw) && j <= k+4; j++ {
			if shelterWords[x.lw[j]] {
				return doc.Evacuated
			}
		}
		return ""
	case "sleeping", "living", "staying", "sheltering", "camped", "camping":
		// "sleeping in classrooms": people who lost their homes.
		for j := k + 1; j < len(x.lw) && j <= k+4; j++ {
			if shelterWords[x.lw[j]] {
				return doc.Displaced
			}
		}
		return ""
	case "sent":
		if k+1 < len(x.lw) && (x.lw[k+1] == "home" || x.lw[k+1] == "away") {
			// "sent home": laid off, not deployed.
			return ""
		}
		return doc.Deployed
	}
	return measureWords[w]
}

func measureBit(m string) uint16 {
	switch m {
	case doc.Killed:
		return 1
	case doc.Wounded:
		return 2
	case doc.Casualties:
		return 4
	case doc.Captured:
		return 8
	case doc.Missing:
		return 16
	}
	return 32
}

func resolve(found uint16, first string) string {
	if found&4 != 0 {
		return doc.Casualties
	}
	if found&1 != 0 && found&(2|8|16) != 0 {
		// "killed or wounded", "dead and missing": a casualty count.
		return doc.Casualties
	}
	return first
}

func isCurrency(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// groupOf finds the NORP or GPE entity whose members m counts: a mention
// inside the counted phrase ("600 North Korean soldiers"), a possessive
// right before the figure ("Ukraine's 20 brigades"), or a "from"/"of"
// phrase right after the counted noun ("600 troops from North Korea"). A
// name elsewhere in the clause ("Kyiv said 600 soldiers…") is the speaker
// or a place, not the group.
func (x *extractor) groupOf(m *match) string {
	if len(x.d.Entities) == 0 {
		return ""
	}
	s := x.d.Sentences[m.sent]
	cs, ce := -1, -1
	if m.cntFirst >= 0 {
		cs, ce = x.toks[m.cntFirst].Start, x.toks[m.cntLimit-1].End
	}
	// A possessive before the figure: the mention ends where "'s" starts.
	possEnd := -1
	if p := m.first - 1; p-1 >= s.First && (x.lw[p] == "'s" || x.lw[p] == "’s") {
		possEnd = x.toks[p].Start
	}
	// "troops from North Korea", "soldiers of the Russian army".
	fromStart, fromEnd := -1, -1
	if k := m.cntLimit; m.cntFirst >= 0 && k+1 < s.Limit && (x.lw[k] == "from" || x.lw[k] == "of") {
		fromStart = x.toks[k+1].Start
		end := min(k+5, s.Limit)
		fromEnd = x.toks[end-1].End
	}
	best, bestRank := "", 3
	for ei := range x.d.Entities {
		e := &x.d.Entities[ei]
		if e.Type != doc.NORP && e.Type != doc.GPE {
			continue
		}
		for _, mn := range e.Mentions {
			rank := 3
			switch {
			case cs >= 0 && mn.Start < ce && cs < mn.End:
				rank = 0
			case possEnd >= 0 && mn.End == possEnd:
				rank = 1
			case fromStart >= 0 && mn.Start >= fromStart && mn.End <= fromEnd:
				rank = 2
			}
			if rank < bestRank {
				bestRank = rank
				best = e.Link
				if best == "" {
					best = e.Canonical
				}
			}
		}
	}
	return best
}

// figure builds the doc.Figure for match i.
func (x *extractor) figure(i, base int) doc.Figure {
	m := &x.ms[i]
	d := x.d
	f := doc.Figure{
		ID:       "f" + strconv.Itoa(base+i+1),
		Start:    x.toks[m.first].Start,
		End:      x.toks[m.limit-1].End,
		Bound:    m.bound,
		Hedge:    m.hedge,
		Unit:     m.unit,
		Sentence: m.sent,
	}
	f.Text = d.Slice(f.Start, f.End)
	ptr := func(v float64) *float64 { v = clean(v); return &v }
	switch {
	case m.rng:
		switch m.bound {
		case doc.Lower:
			f.Low = ptr(m.lo)
		case doc.Upper:
			f.High = ptr(m.hi)
		default:
			f.Low, f.High = ptr(m.lo), ptr(m.hi)
		}
	default:
		f.Value = ptr(m.val)
		switch m.bound {
		case doc.Lower:
			f.Low = ptr(m.val)
		case doc.Upper:
			f.High = ptr(m.val)
		default:
			f.Low, f.High = ptr(m.val), ptr(m.val)
		}
	}
	if m.cntFirst >= 0 && m.cntLimit > m.cntFirst {
		sp := d.TokenSpan(m.cntFirst, m.cntLimit)
		f.Counted = &sp
	}
	f.Measure = x.measureOf(i)
	f.Group = x.groupOf(m)
	if f.Group == "" && m.partOf >= 0 {
		f.Group = x.groupOf(&x.ms[m.partOf]) // "600 of them"
	}
	if m.partOf >= 0 {
		id := "f" + strconv.Itoa(base+m.partOf+1)
		f.PartOf = &id
	}
	return f
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// clean rounds away binary noise from scaling ("3.5m" → 3500000, not
// 3499999.9999999995).
func clean(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	mag := math.Pow(10, 12-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*mag) / mag
}

// capacityVerb tells "can seat 150 people" from "seat 12": a label word
// that also names holding or counting is a verb when the tagger says so or,
// without a tagger, after a modal ("will seat", "can seat"). The
// number it takes is then a count, its hedge a bound ("up to 150").
func (x *extractor) capacityVerb(k, first int) bool {
	if !capacityVerbs[x.lw[k]] {
		return false
	}
	if pos := x.toks[k].POS; pos != "" {
		return pos == "VERB"
	}
	return k > first && verbOpeners[x.lw[k-1]]
}
