package attrib

import "github.com/crosscheck-news/crosscheck/doc"

// timeSource replaces a source that is a time ("Tuesday", "last week",
// "Monday at a rally in Ohio"), which the parser or the surface scan took
// for the speaker in "Ortiz on Tuesday dismissed …" or "Reyes, who …, last
// week said …", by the phrase just before it that names who spoke. Where no
// such phrase is there, the attribution keeps no source: a time never
// speaks. A possessive ("Tuesday's report said") is a real source.
func (x *extractor) timeSource(src srcSpan) srcSpan {
	d := x.d
	if src.limit <= src.first {
		return src
	}
	if t := x.trailingTime(src); t > src.first {
		// "The mayor last week said", "Ortiz yesterday told": the time
		// closes the source and is no part of it.
		src.limit = t
	}
	n := x.timeEnd(src.first, src.limit)
	if n < 0 {
		return src
	}
	if n < src.limit && x.canHoldViewAfterTime(n, src.limit) {
		// "Wednesday at the forum, candidate Dana Reyes", "Sunday
		// morning Mayor Reyes": the speaker follows the time, inside the
		// span, and is the source without it.
		return x.afterTime(n, src.limit)
	}
	if f := x.trailingName(n, src.limit); f >= 0 {
		// "Sunday at the county fair Sen. Lena Ortiz (D-OH)":
		// the name that ends the span spoke.
		return srcSpan{f, src.limit}
	}
	p := src.first - 1
	for p >= 0 {
		switch d.Tokens[p].Lower {
		case "on", "at", "in", ",", "early", "late", "earlier", "later", "also":
			p--
			continue
		}
		break
	}
	if p < 0 || x.used[p] || x.inQuote[p] != 0 {
		return srcSpan{}
	}
	switch d.Tokens[p].POS {
	case "PROPN", "NOUN", "PRON":
	case "DET", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PUNCT":
		return srcSpan{}
	default:
		if !isUpper(d.Tokens[p].Text) {
			return srcSpan{}
		}
		// "Ortiz last week said": the tagger, seeing a name before a
		// time, may call it an adverb.
	}
	f, l := p, p+1
	if d.Tokens[p].Dep != "" {
		// Climb out of an aside to the phrase it describes: "Dana Reyes,
		// who chairs the board, last week said".
		h := p
		for a := d.Tokens[h].Head; a >= 0 && a < src.first; a = d.Tokens[a].Head {
			if pos := d.Tokens[a].POS; pos == "NOUN" || pos == "PROPN" || pos == "PRON" {
				h = a
			}
		}
		f, l = x.phrase(h)
		l = min(l, p+1)
	} else {
		for f > 0 && d.Tokens[f-1].POS == "PROPN" {
			f--
		}
	}
	if f >= l || !x.canHoldView(f, l) || x.usedRange(f, l) {
		return srcSpan{}
	}
	return srcSpan{f, l}
}

// trailingTime returns where a time that closes src right after its head
// noun starts ("The mayor last week", "Ortiz yesterday"), or -1.
func (x *extractor) trailingTime(src srcSpan) int {
	d := x.d
	t, seen := src.limit, false
	for t > src.first {
		w := d.Tokens[t-1].Lower
		switch {
		case monthNames[w] && isUpper(d.Tokens[t-1].Text) && t-1 > src.first && d.Tokens[t-2].POS == "PROPN":
			// A month right after a name is a surname ("Prime
			// Minister Theresa May said"): no one writes "Ortiz March
			// said".
			return -1
		case isTimeWord(w) && w != "recently":
			seen = true
		case seen && (w == "last" || w == "this" || w == "next" || w == "early" || w == "late" || w == "on"):
		default:
			// Only after the head itself: in "the memo that the committee
			// released on Friday" the time is the clause's.
			if p := d.Tokens[t-1].POS; seen && t < src.limit && (p == "NOUN" || p == "PROPN" || p == "PRON" || isUpper(d.Tokens[t-1].Text)) {
				return t
			}
			return -1
		}
		t--
	}
	return -1
}

// afterTime returns the speaker that follows a leading time ending at n in
// a source ending at l: right after the time ("Sunday morning Mayor
// Reyes", "Friday, Mayor Voss, a Democrat"), or past a place or occasion
// after the first comma that opens a holder of a view ("Wednesday at the
// forum, candidate Dana Reyes"). The first holder is taken, not the last,
// so an appositive after the name ("…, a Democrat") does not replace it.
func (x *extractor) afterTime(n, l int) srcSpan {
	d := x.d
	for n < l && d.Tokens[n].Text == "," {
		n++
	}
	switch d.Tokens[n].Lower {
	case "at", "in", "on", "during":
	default:
		if x.canHoldView(n, l) {
			return srcSpan{n, l}
		}
	}
	for i := n; i < l-1; i++ {
		if d.Tokens[i].Text == "," && x.canHoldView(i+1, l) {
			return srcSpan{i + 1, l}
		}
	}
	return srcSpan{n, l}
}

// canHoldViewAfterTime reports whether a phrase after a leading time in
// [n, l) names someone who can hold a view, leaving out the place names of
// "Tuesday at Linden Valley College": a holder must come after a comma
// or be a pronoun or a noun of the sourceNouns list.
func (x *extractor) canHoldViewAfterTime(n, l int) bool {
	d := x.d
	for i := n; i < l; i++ {
		if d.Tokens[i].Text == "," && i+1 < l && x.canHoldView(i+1, l) {
			return true
		}
	}
	if d.Tokens[n].Lower == "at" || d.Tokens[n].Lower == "in" || d.Tokens[n].Lower == "on" {
		return false
	}
	return x.canHoldView(n, l)
}

// timeEnd returns the end of the time that opens [f, l) — a weekday
// (perhaps after "late" or "early"), "today", "yesterday", "tonight", or "last"/"this"/"next" and a unit, with
// "night" or "morning" after it — or -1 where [f, l) opens with no time or
// with a possessive one ("Tuesday's report").
func (x *extractor) timeEnd(f, l int) int {
	d := x.d
	n := f + 1
	switch d.Tokens[f].Lower {
	case "today", "yesterday", "tonight":
	case "late", "early":
		// "reported late Thursday".
		if n >= l || !isWeekday(d.Tokens[n].Lower) {
			return -1
		}
		n++
	case "last", "this", "next":
		if n >= l || !isTimeWord(d.Tokens[n].Lower) && d.Tokens[n].Lower != "weekend" {
			return -1
		}
		n++
	default:
		if !isWeekday(d.Tokens[f].Lower) {
			return -1
		}
	}
	if n < l && dayParts[d.Tokens[n].Lower] {
		n++
	}
	if n < l && (d.Tokens[n].Lower == "'s" || d.Tokens[n].Lower == "’s") {
		return -1
	}
	return n
}

// dropDateline cuts a dateline off the front of a source ("LINDEN —
// Sen. Lena Ortiz", "PORTVALE (Wire) – Tom Diaz"): a run of
// capital letters, perhaps with a date and an agency in parentheses, closed
// by a dash. A source that is nothing but a dateline ("LINDEN, June
// 12", "PORTVALE (Wire)") is none.
func (x *extractor) dropDateline(src srcSpan) srcSpan {
	d := x.d
	if src.limit <= src.first || !allCaps(d.Tokens[src.first].Text) || len(d.Tokens[src.first].Text) < 3 {
		return src
	}
	i := src.first
	for i < src.limit && allCaps(d.Tokens[i].Text) {
		i++
	}
	for i < src.limit && i < src.first+8 {
		switch t := d.Tokens[i].Text; {
		case datelineDash(t):
			for i < src.limit && datelineDash(d.Tokens[i].Text) {
				i++
			}
			if i < src.limit {
				return srcSpan{i, src.limit}
			}
			return srcSpan{}
		case t == "(" || t == ")" || t == "," || t == "." || startsWithDigit(t) || isUpper(t):
			i++
		default:
			return src
		}
	}
	if i == src.limit && i > src.first+1 && (d.Tokens[i-1].Text == ")" || x.datelineDate(src.first, i)) {
		// Only a real date makes a dateline: "KLND 4 reported" is a
		// station.
		return srcSpan{}
	}
	return src
}

// datelineDate reports whether [f, l) ends in a month name and a day
// ("LINDEN, June 12").
func (x *extractor) datelineDate(f, l int) bool {
	d := x.d
	return l-2 >= f && startsWithDigit(d.Tokens[l-1].Text) && monthNames[d.Tokens[l-2].Lower]
}

// allCaps reports whether s is a word in capital letters ("LINDEN").
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.' || c == '\'' || c == '-':
		default:
			return false
		}
	}
	return n > 0
}

// datelineDash reports whether t is the dash that closes a dateline.
func datelineDash(t string) bool { return t == "—" || t == "–" || t == "--" || t == "-" }

// trailingName returns the start of the name that ends [n, l) — a run of
// proper nouns with a party tag in parentheses ("Sen. Lena Ortiz
// (D-OH)") — or -1 when [n, l) ends otherwise or is all one name.
func (x *extractor) trailingName(n, l int) int {
	d := x.d
	f := l
	for f > n {
		t := &d.Tokens[f-1]
		if t.POS == "PROPN" || t.Text == "(" || t.Text == ")" || t.Text == "-" {
			f--
			continue
		}
		break
	}
	for f < l && (d.Tokens[f].Text == "(" || d.Tokens[f].Text == ")" || d.Tokens[f].Text == "-") {
		f++
	}
	if f >= l || f <= n || d.Tokens[f-1].POS == "ADP" || d.Tokens[f].POS != "PROPN" {
		return -1
	}
	return f
}

// onlyTime reports whether a content span holds nothing but a time
// ("Friday", "Monday evening", "last week").
func (x *extractor) onlyTime(c doc.Span) bool {
	d := x.d
	if c.End <= c.Start {
		return false
	}
	f, l := d.TokenAt(c.Start), d.TokenAt(c.End-1)
	if f < 0 || l < 0 || l-f > 3 {
		return false
	}
	return x.timeEnd(f, l+1) == l+1
}

// isWeekday reports whether w is a weekday's name in lower case.
func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
