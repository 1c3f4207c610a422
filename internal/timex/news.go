package timex

import (
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Rules for readings that news text makes wrong, applied to the
// expressions the grammars found.

// dropAges removes durations that are ages: "Ms. Lindqvist, 48 years old",
// "members 60 years old or older". An age describes a person, not a
// time of the story, and TimeBank leaves it untagged.
func dropAges(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for _, m := range ms {
		if m.Type == doc.Duration && nextWord(d, m.End) == "old" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nextWord is the lower-case token that starts at or after code point
// end, "" at the end of the text.
func nextWord(d *doc.Document, end int) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= end })
	if i == len(d.Tokens) {
		return ""
	}
	return d.Tokens[i].Lower
}

// article reports whether w is the indefinite article, which a count
// reads as one but which does not start a clock time ("Wednesday night at
// a rally" is no 1 o'clock).
func article(w string) bool { return w == "a" || w == "an" }

// yearAloneEnds are the tokens after which "the year" is the current one
// of a business report ("For the year, volume was flat", "the first nine
// months of the year."): the phrase ends there. Before anything else it
// is a year the sentence goes on to name ("the year before", "the year
// 2000", "the year he was born") and is left alone, as is a title
// ("Player of the Year.").
var yearAloneEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true, "'s": true, "’s": true}

// mergeYearQuarter joins a year and the quarter that follows it into the
// one date they name: "this year's third quarter" (1989-Q3), "next
// year's first quarter" (1990-Q1), "the year-ago third quarter"
// (1988-Q3). Read apart, the quarter was taken for the current year's.
// "The year-earlier nine months" is the nine months, a duration.
func mergeYearQuarter(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) {
			b := ms[i+1]
			if a.Type == doc.Duration && b.Type == doc.Duration && strings.TrimSpace(d.Slice(a.End, b.Start)) == "or" &&
				len(a.Value) == 3 && a.Value[1] == 'X' {
				// "within weeks or months": one vague stretch, read by
				// its first unit.
				a.End, a.Text = b.End, d.Slice(a.Start, b.End)
				out = append(out, a)
				i++
				continue
			}
			if b.Type == doc.Duration && strings.HasPrefix(a.Text, "year") && yearBeforeWords[strings.ToLower(a.Text)] &&
				strings.TrimSpace(d.Slice(a.End, b.Start)) == "" {
				// "the year-earlier nine months": the length of a period.
				a.Type, a.Mod = b.Type, b.Mod
				a.End, a.Value, a.Text = b.End, b.Value, d.Slice(a.Start, b.End)
				out = append(out, a)
				i++
				continue
			}
			if a.Type == doc.Date && b.Type == doc.Date && len(a.Value) == 7 && a.Value[4] == '-' && allDigits(a.Value[5:]) &&
				len(b.Value) == 4 && allDigits(b.Value) && strings.TrimSpace(d.Slice(a.End, b.Start)) == "" {
				// "January nineteen ninety-seven": the month of that year.
				a.End, a.Value, a.Text = b.End, b.Value+a.Value[4:], d.Slice(a.Start, b.End)
				out = append(out, a)
				i++
				continue
			}
			if (lowerHasSuffix(a.Text, "first two quarters") || lowerHasSuffix(a.Text, "last two quarters")) &&
				len(b.Value) == 4 && allDigits(b.Value) && strings.TrimSpace(d.Slice(a.End, b.Start)) == "of" {
				// "the first two quarters of 1990": its first half.
				h := "-H1"
				if lowerHasSuffix(a.Text, "last two quarters") {
					h = "-H2"
				}
				a.Type, a.Mod = doc.Date, ""
				a.End, a.Value, a.Text = b.End, b.Value+h, d.Slice(a.Start, b.End)
				out = append(out, a)
				i++
				continue
			}
			if v, ok := yearQuarter(d, a, b); ok {
				a.End, a.Value, a.Text = b.End, v, d.Slice(a.Start, b.End)
				out = append(out, a)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	for i := range out {
		extendYearAgo(d, &out[i])
		extendOrSo(d, &out[i], out[i+1:])
	}
	return out
}

// extendOrSo takes "or so" into a stretch it hedges, as TimeML extents
// do ("the next two years or so").
func extendOrSo(d *doc.Document, m *Match, rest []Match) {
	if m.Type != doc.Duration && !lowerHasPrefix(m.Text, "the next") {
		return
	}
	b := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
	if b+1 >= len(d.Tokens) || d.Tokens[b].Lower != "or" || d.Tokens[b+1].Lower != "so" ||
		len(rest) > 0 && rest[0].Start < d.Tokens[b+1].End {
		return
	}
	m.End = d.Tokens[b+1].End
	m.Text = d.Slice(m.Start, m.End)
}

// extendYearAgo widens "year-ago" to the period it qualifies, as TimeML
// marks it: "the year-ago quarter", "the comparable year-earlier period",
// "the year-ago third quarter". Before any other noun ("year-ago
// results") it stays alone.
func extendYearAgo(d *doc.Document, m *Match) {
	if !lowerHasPrefix(m.Text, "year-ago") && !lowerHasPrefix(m.Text, "year-earlier") {
		return
	}
	l := strings.ToLower(m.Text)
	if !strings.HasPrefix(l, "year-ago") && !strings.HasPrefix(l, "year-earlier") {
		return
	}
	if l == "year-ago" || l == "year-earlier" {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
		if i == len(d.Tokens) || d.Tokens[i].Lower != "quarter" && d.Tokens[i].Lower != "period" {
			return
		}
		m.End = d.Tokens[i].End
	}
	j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start }) - 1
	if j >= 0 && (d.Tokens[j].Lower == "comparable" || d.Tokens[j].Lower == "corresponding") {
		j--
	}
	if j >= 0 && d.Tokens[j].Lower == "the" {
		m.Start = d.Tokens[j].Start
	}
	m.Text = d.Slice(m.Start, m.End)
}

// yearQuarter gives the value of year a followed by quarter b, when they
// are one expression.
func yearQuarter(d *doc.Document, a, b Match) (string, bool) {
	if a.Type != doc.Date || b.Type != doc.Date || len(a.Value) < 4 || !allDigits(a.Value[:4]) ||
		len(b.Value) != 7 || b.Value[4:6] != "-Q" || (len(a.Value) != 4 && a.Value[4:6] != "-Q") {
		return "", false
	}
	between := strings.TrimSpace(d.Slice(a.End, b.Start))
	lower := strings.ToLower(a.Text)
	switch {
	case (between == "'s" || between == "’s") && (strings.HasSuffix(lower, " year") || lower == "year"):
		// "this year's third quarter", "last year's first quarter"
	case between == "" && (strings.HasPrefix(lower, "year-ago") || strings.HasPrefix(lower, "year-earlier")):
		// "the year-ago third quarter"
	default:
		return "", false
	}
	return a.Value[:4] + b.Value[4:], true
}

// periodYearBefore gives "a year earlier" the year, not the quarter, when
// the sentence compares a period longer than a quarter: "net for the
// first nine months rose to $2 billion from $1.4 billion a year earlier"
// compares 1989's nine months with 1988's, not with a quarter of 1988.
func periodYearBefore(ms []Match) {
	for i := range ms {
		m := &ms[i]
		if m.Type != doc.Date || len(m.Value) != 7 || m.Value[4:6] != "-Q" || !yearBeforeWords[strings.ToLower(m.Text)] {
			continue
		}
		for j := i - 1; j >= 0 && ms[j].Sentence == m.Sentence; j-- {
			if v := ms[j].Value; v == "P9M" || v == "P6M" || len(v) == 7 && v[4:6] == "-H" {
				m.Value = m.Value[:4]
				break
			}
		}
	}
}

// yearBeforeWords name the same period a year before.
var yearBeforeWords = map[string]bool{"a year ago": true, "a year earlier": true, "year-ago": true, "year-earlier": true}

// sameClause reports whether tokens [a, b) between a day and a clock time
// leave the clock time in the day's clause: a few words with no verb and
// no conjunction ("left Wednesday in Hobart, Tasmania at 21:15 UTC"),
// unlike "left on Sunday and slept until 2 p.m.".
func (p *parser) sameClause(a, b int) bool {
	if b-a > 8 {
		return false
	}
	for k := a; k < b; k++ {
		w := p.lw(k)
		if w != "," && clauseStop[w] || p.cue(k) != 0 {
			return false
		}
		if tag := p.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
			return false
		}
	}
	return true
}

// articleExtent puts "the" where TimeML draws the extent. Before an
// adjective ("the third-quarter loss") it belongs to the noun that
// follows, not to the time; before "early", "late" or "mid" it belongs to
// the time of a decade or a year ("the early 1980s").
func articleExtent(d *doc.Document, ms []Match) {
	for i := range ms {
		m := &ms[i]
		if !lowerHasPrefix(m.Text, "the ") && !lowerHasPrefix(m.Text, "early ") && !lowerHasPrefix(m.Text, "late ") &&
			!lowerHasPrefix(m.Text, "mid-") {
			continue
		}
		l := strings.ToLower(m.Text)
		switch {
		case strings.HasPrefix(l, "the ") && strings.HasSuffix(l, "-quarter"):
			m.Start += len("the ")
			m.Text = d.Slice(m.Start, m.End)
		case (strings.HasPrefix(l, "early ") || strings.HasPrefix(l, "late ") || strings.HasPrefix(l, "mid-")) && len(m.Value) <= 4:
			j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start }) - 1
			if j >= 0 && d.Tokens[j].Lower == "the" && (i == 0 || ms[i-1].End <= d.Tokens[j].Start) {
				m.Start = d.Tokens[j].Start
				m.Text = d.Slice(m.Start, m.End)
			}
		}
	}
}

// samePeriodLastYear reads "the corresponding period last year" and "last
// year's quarter" in a report on a quarter as that quarter a year before,
// as "a year earlier" is read: the article is comparing quarters. "This
// quarter's loss" after an earlier quarter was named is that quarter's.
func samePeriodLastYear(d *doc.Document, ms []Match) {
	lastQ := ""
	for i := range ms {
		m := &ms[i]
		if isQuarter(m.Value) && !lowerIs(m.Text, "this quarter") {
			lastQ = m.Value
		}
		a := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
		b := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
		lw := func(k int) string {
			if k < 0 || k >= len(d.Tokens) {
				return ""
			}
			return d.Tokens[k].Lower
		}
		if lowerIs(m.Text, "this quarter") && (lw(b) == "'s" || lw(b) == "’s") && lastQ != "" && lastQ < m.Value {
			// "This quarter's loss" has been reported: the quarter of
			// the report, not the one just begun.
			m.Value = lastQ
			continue
		}
		if !lowerIs(m.Text, "last year") || len(m.Value) != 4 {
			continue
		}
		switch {
		case lw(a-1) == "period" && lw(a-3) == "the" && (lw(a-2) == "corresponding" || lw(a-2) == "comparable" || lw(a-2) == "same"):
			m.Start = d.Tokens[a-3].Start
		case (lw(b) == "'s" || lw(b) == "’s") && (lw(b+1) == "quarter" || lw(b+1) == "period"):
			m.End = d.Tokens[b+1].End
		default:
			continue
		}
		m.Text = d.Slice(m.Start, m.End)
		if lastQ != "" {
			m.Value = m.Value + lastQ[4:]
		}
	}
}

// isQuarter reports whether v is a calendar or fiscal quarter of a known
// year ("1989-Q3").
func isQuarter(v string) bool { return len(v) == 7 && allDigits(v[:4]) && v[4:6] == "-Q" }

// newsWords reads the few expressions news writes that the grammars
// leave out: "year's end", "the current market".
func (p *parser) newsWords(i int) (res, bool) {
	if r, ok := p.yearEnd(i); ok {
		return r, true
	}
	if r, ok := p.workDays(i); ok {
		return r, true
	}
	if r, ok := p.termAhead(i); ok {
		return r, true
	}
	if r, ok := p.seasonOf(i); ok {
		return r, true
	}
	return p.currentAdj(i)
}

// termAhead reads "the near term", "the short term" and "the long term" as
// the future they name (FUTURE_REF, as TimeBank tags them), and "the
// weeks ahead" as the vague stretch it is (PXW).
func (p *parser) termAhead(i int) (res, bool) {
	if p.lw(i) != "the" {
		return res{}, false
	}
	switch w := p.lw(i + 1); {
	case (w == "near" || w == "short" || w == "long") && p.lw(i+2) == "term" && !isLowerWord(p.text(i+3)):
		// Not "the long term care": a noun after it makes it an adjective.
		return res{start: i, end: i + 3, typ: doc.Date, value: "FUTURE_REF"}, true
	case p.lw(i+2) == "ahead":
		if u, ok := units[w]; ok && u.plural && !u.clock {
			return res{start: i, end: i + 3, typ: doc.Duration, value: vagueValue(u)}, true
		}
	}
	return res{}, false
}

// workDays reads a count of trading, business or working days ("six
// trading days after Oct. 20") as the duration it is; without it only
// "days" was read, as a vague one.
func (p *parser) workDays(i int) (res, bool) {
	v, k, ok := p.count(i)
	if !ok || v <= 0 || !workAdjectives[p.lw(k)] {
		return res{}, false
	}
	u, ok := units[p.lw(k+1)]
	if !ok || u.code != "D" && u.code != "W" {
		return res{}, false
	}
	// Trading days are no calendar days: "six trading days after
	// Oct. 20" is not Oct. 26, so the duration is not joined to the date
	// after it (an empty anchor span marks it as settled).
	return res{start: i, end: k + 2, typ: doc.Duration, value: durationValue(v, u), anchorStart: k + 2, anchorEnd: k + 2}, true
}

// workAdjectives narrow a day to one that counts for work or trade.
var workAdjectives = map[string]bool{"trading": true, "business": true, "working": true, "work": true, "school": true, "calendar": true}

// currentAdj reads "current" before a noun as the present ("current
// market conditions", "his current wife"): TimeML marks it PRESENT_REF,
// and "then current" PAST_REF. An electric current, a current account
// and "current" as a noun are no times.
func (p *parser) currentAdj(i int) (res, bool) {
	if p.lw(i) != "current" || !isLowerWord(p.text(i+1)) || notCurrent[p.lw(i+1)] || notCurrent[p.lw(i-1)] {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: doc.Date, value: "PRESENT_REF"}
	if p.lw(i-1) == "then" {
		r.start, r.value = i-1, "PAST_REF"
	}
	return r, true
}

// notCurrent are the words next to "current" that make it no time.
var notCurrent = map[string]bool{
	"account": true, "accounts": true, "electric": true, "alternating": true, "direct": true, "ocean": true,
	"strong": true, "rip": true, "and": true, "or": true, "events": true, "affairs": true,
}

// isLowerWord reports whether t is a word in lower case letters.
func isLowerWord(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if (t[i] < 'a' || t[i] > 'z') && t[i] != '-' {
			return false
		}
	}
	return true
}

// yearEnd reads "year end" and "year's end" as "year-end" is read: the
// end of the current year ("to be in place by year's end").
func (p *parser) yearEnd(i int) (res, bool) {
	if p.lw(i) != "year" {
		return res{}, false
	}
	k := i + 1
	if w := p.lw(k); w == "'s" || w == "’s" {
		k++
	}
	if p.lw(k) != "end" || p.lw(k+1) == "of" {
		return res{}, false
	}
	r := res{start: i, end: k + 1, typ: doc.Date, point: true, value: underspecified("year"), mod: "END"}
	if p.hasRef {
		r.value = pad(p.ref.Year(), 4)
	}
	return r, true
}

// dropNames removes readings that are names or idioms rather than times:
// a duration or date whose unit is capitalised inside a sentence that is
// not itself in title case is a title ("on CBS's 60 Minutes", "on ABC's
// This Week"), "high noon" is a showdown, and "today's world" and
// "the people of tomorrow" are an era (see genericDay).
func dropNames(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.Type == doc.TimeOfDay && ms[i-1].Type == doc.TimeOfDay && strings.TrimSpace(d.Slice(ms[i-1].End, m.Start)) == "(" &&
			m.Zone != "" && strings.HasSuffix(strings.ToUpper(m.Text), m.Zone) {
			// "at 10:35 a.m. (0735 GMT)": the same instant in another
			// zone, a gloss on the time before it ("(4 a.m. EDT
			// Thursday)" names its day and stays).
			continue
		}
		a := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
		b := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
		if (m.Type == doc.Duration || m.Type == doc.Date) && b-1 > a && a < len(d.Tokens) && titleHead(d.Tokens[a].Lower) &&
			!sentenceStart(d, a) && !titleCase(d, a) {
			if u := d.Tokens[b-1]; units[u.Lower].code != "" && u.Text != u.Lower && u.Text[0] >= 'A' && u.Text[0] <= 'Z' {
				continue
			}
		}
		if a > 0 && a < len(d.Tokens) && d.Tokens[a].Lower == "noon" && d.Tokens[a-1].Lower == "high" {
			continue
		}
		if genericDay(d, a, b) || rateAfterNumber(d, m, a) {
			continue
		}
		if m.Value == "XXXX-XX-XX" && !d.Article.Published.IsZero() && strings.HasPrefix(strings.ToLower(m.Text), "that ") {
			// "strong redemptions that day": a day the article never
			// named is any such day, not a date of the story.
			continue
		}
		out = append(out, m)
	}
	return out
}

// laterQuarter reports whether quarter v may become the quarter an
// earnings report is about, which was last: the first one named, or a
// later one. A report on the third quarter that recalls "a flat second
// quarter" is still about the third.
func laterQuarter(v, last string) bool {
	if !isQuarter(v) || !isQuarter(last) {
		return true
	}
	return v >= last
}

// presentByTags reports whether the part-of-speech tags say that the verb
// nearest before token start in its sentence is a present tense: "the
// firm has no forecast for fourth-quarter sales" is no report on the
// fourth quarter, though "has" is a cue for "has said".
func (p *parser) presentByTags(start int) bool {
	for k := start - 1; k >= p.first && k >= start-15; k-- {
		if tag := p.toks[k].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
			if (tag == "VBZ" || tag == "VBP") && (p.lw(k+1) == "been" || strings.HasPrefix(p.toks[k+1].Tag, "VBN")) {
				return false // "has reported", "has been"
			}
			return tag == "VBZ" || tag == "VBP" || tag == "MD"
		}
	}
	return false
}

// partOfDayThenDay joins a part of the day and the day that follows it,
// "at mid-afternoon yesterday", "late evening Tuesday": read apart, the
// part of the day was put on the publication day.
func partOfDayThenDay(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.Type == doc.TimeOfDay && partOfDayValue(a.Value) && len(a.Value) == 13 {
			b := ms[i+1]
			if b.Type == doc.Date && len(b.Value) == 10 && b.Value[0] != 'X' && strings.TrimSpace(d.Slice(a.End, b.Start)) == "" {
				a.Value = b.Value + a.Value[10:]
				a.End = b.End
				a.Text = d.Slice(a.Start, a.End)
				out = append(out, a)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// lastHalfOf reads "the last half of 1989" as its second half, as "the
// second half of 1989" is read: the year alone was tagged.
func lastHalfOf(d *doc.Document, ms []Match) {
	for i := range ms {
		m := &ms[i]
		if m.Type != doc.Date || len(m.Value) != 4 || !allDigits(m.Value) {
			continue
		}
		a := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
		if a < 4 || d.Tokens[a-1].Lower != "of" || d.Tokens[a-2].Lower != "half" || d.Tokens[a-3].Lower != "last" ||
			d.Tokens[a-4].Lower != "the" || i > 0 && ms[i-1].End > d.Tokens[a-4].Start {
			continue
		}
		m.Start, m.Value = d.Tokens[a-4].Start, m.Value+"-H2"
		m.Text = d.Slice(m.Start, m.End)
	}
}

// genericDay reports whether "today" or "tomorrow" at token a (the
// expression ending before token b) names an era rather than a day:
// "today's world", "today's youth", "many of today's home computers",
// "the people of tomorrow". "today's editions" and "tomorrow's vote" are
// days.
func genericDay(d *doc.Document, a, b int) bool {
	if b != a+1 || a >= len(d.Tokens) {
		return false
	}
	if w := d.Tokens[a].Lower; w != "today" && w != "tomorrow" {
		return false
	}
	lw := func(k int) string {
		if k < 0 || k >= len(d.Tokens) {
			return ""
		}
		return d.Tokens[k].Lower
	}
	if p := lw(b); p == "'s" || p == "’s" {
		return eraNouns[lw(b+1)] || eraNouns[lw(b+2)]
	}
	// "the people of tomorrow", "the leaders of today": closing a noun
	// phrase after "of".
	return lw(a-1) == "of" && isLowerWord(lw(a-2)) && !partOfDayNouns[lw(a-2)] && (b == len(d.Tokens) || !isLowerWord(d.Tokens[b].Text))
}

// partOfDayNouns before "of today" name a part of the day itself ("the
// close of today", "the rest of today").
var partOfDayNouns = map[string]bool{
	"end": true, "close": true, "start": true, "beginning": true, "rest": true, "course": true, "events": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "part": true, "middle": true,
}

// eraNouns after "today's" make it the present age, not a day.
var eraNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true, "kids": true,
	"young": true, "economy": true, "standards": true, "terms": true, "dollars": true, "computers": true,
	"technology": true, "culture": true, "politics": true, "media": true, "market": true, "markets": true,
}

// hadAfter reports whether "had" follows token end closely in its
// sentence: "Until Thursday, police had not named the driver" looks
// back from a limit that has passed.
func (p *parser) hadAfter(end int) bool {
	for k := end; k < p.limit && k < end+5; k++ {
		if p.lw(k) == "had" {
			return true
		}
	}
	return false
}

// rateAfterNumber reports whether m is "annually" after a quantity, the
// rate of a figure ("revenue to increase by 20% annually", "10,000
// units annually"): the figure's unit, not a time of the story, and
// TimeBank leaves it untagged four times in five. "Held here annually"
// stays a SET.
func rateAfterNumber(d *doc.Document, m Match, a int) bool {
	if m.Type != doc.Set || strings.ToLower(m.Text) != "annually" {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-4 && d.Tokens[k].Sent == d.Tokens[a].Sent; k-- {
		if t := d.Tokens[k].Lower; t != "" && (t[0] >= '0' && t[0] <= '9' || t[0] == '$') {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token a begins its sentence, quotes aside.
func sentenceStart(d *doc.Document, a int) bool {
	for k := a - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[a].Sent; k-- {
		switch d.Tokens[k].Lower {
		case "\"", "“", "'", "‘", "``", "(":
			continue
		}
		return false
	}
	return true
}

// titleCase reports whether the sentence of token a is written in title
// case, as headlines are: it has fewer than three lower-case words.
func titleCase(d *doc.Document, a int) bool {
	n := 0
	for _, s := range d.Sentences {
		if s.First <= a && a < s.Limit {
			for k := s.First; k < s.Limit; k++ {
				if t := d.Tokens[k].Text; t != "" && t[0] >= 'a' && t[0] <= 'z' {
					n++
				}
			}
			break
		}
	}
	return n < 3
}

// titleHead reports whether w can begin a time that reads as a title when
// its unit is capitalised: a count or "this", "next", "last" ("60
// Minutes", "This Week"), not a holiday ("Thanksgiving Day").
func titleHead(w string) bool {
	return w == "this" || w == "next" || w == "last" || w != "" && w[0] >= '0' && w[0] <= '9'
}

// seasonOf reads "the winter of 1994" and "the summer of nineteen
// ninety-four" as that year's season.
func (p *parser) seasonOf(i int) (res, bool) {
	if p.lw(i) != "the" || seasons[p.lw(i+1)] == "" || p.lw(i+2) != "of" {
		return res{}, false
	}
	y, ok := p.year(i + 3)
	if !ok || len(y.value) != 4 || !allDigits(y.value) {
		return res{}, false
	}
	return res{start: i, end: y.end, typ: doc.Date, value: y.value + "-" + seasons[p.lw(i+1)]}, true
}

// previousWeekday reads "the previous Friday" against the day the story
// last named, as "previous" counts from a time already in view ("down
// 4.5% from the previous Friday", after Friday's close was reported),
// not from publication as "last Friday" does.
func previousWeekday(ms []Match) {
	for i := range ms {
		m := &ms[i]
		if !lowerHasPrefix(m.Text, "previous ") && !lowerHasPrefix(m.Text, "the previous ") {
			continue
		}
		l := strings.TrimPrefix(strings.ToLower(m.Text), "the ")
		wd, ok := weekdays[strings.TrimPrefix(l, "previous ")]
		if !ok || !strings.HasPrefix(l, "previous ") || len(m.Value) != 10 {
			continue
		}
		for j := i - 1; j >= 0 && m.Sentence-ms[j].Sentence <= 4; j-- {
			v := ms[j].Value
			if len(v) < 10 || !allDigits(v[:4]) || v[4] != '-' || v[7] != '-' || !allDigits(v[8:10]) {
				continue
			}
			if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
				m.Value = fmtDay(weekdayDate(t, wd, -1, true))
			}
			break
		}
	}
}

// lowerIs, lowerHasPrefix and lowerHasSuffix compare strings.ToLower(s)
// with lower-case ASCII t without building the lowered copy when s is
// ASCII (the passes over the matches ran ToLower on every match text);
// other text takes ToLower as before, so the answers are the same.
func lowerIs(s, t string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) == t
	}
	return len(s) == len(t) && asciiFoldEq(s, t)
}

func lowerHasPrefix(s, t string) bool {
	if !isASCII(s) {
		return strings.HasPrefix(strings.ToLower(s), t)
	}
	return len(s) >= len(t) && asciiFoldEq(s[:len(t)], t)
}

func lowerHasSuffix(s, t string) bool {
	if !isASCII(s) {
		return strings.HasSuffix(strings.ToLower(s), t)
	}
	return len(s) >= len(t) && asciiFoldEq(s[len(s)-len(t):], t)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiFoldEq reports whether ASCII a, lower-cased, equals t (same length).
func asciiFoldEq(a, t string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != t[i] {
			return false
		}
	}
	return true
}
