package attrib

import (
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// participleStart returns where source [f, l) starts when a participle
// that opens its sentence (or follows the "And" or "But" that does) stands
// right before it: "Retired general Ada Brook said", "Leading economists
// warn", "But striking dockworkers say". The participle is an adjective of
// the noun after it, and PolNeAR keeps it in the source (train 14 times in
// 14 where the source opens with a noun); the tagger calls it a verb and
// the source scan leaves it behind. A pronoun or determiner after it ("But
// hearing him, …", "including the mayor") is the participle's object, and a
// verb of speaking is a cue of its own.
func (x *extractor) participleStart(f, l int) int {
	d := x.d
	p := f - 1
	if p < 0 || f >= l || x.used[p] || x.inQuote[p] != 0 || d.Tokens[p].Sent != d.Tokens[f].Sent {
		return f
	}
	t := &d.Tokens[p]
	if t.Tag != "VBG" && t.Tag != "VBN" || t.Lower == "including" || x.isCue(p) {
		return f
	}
	switch syntax.POS(d, f) {
	case "NOUN", "PROPN":
	default:
		return f
	}
	if b := p - 1; b >= 0 && d.Tokens[b].Sent == t.Sent {
		// After a conjunction the sentence's first word must be one.
		if syntax.POS(d, b) != "CCONJ" || b-1 >= 0 && d.Tokens[b-1].Sent == t.Sent {
			return f
		}
		return p
	}
	if r := []rune(t.Text); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return f
	}
	return p
}

// quantityAt reports whether the word at f states a share or a count
// without a digit ("half of the voters", "two-thirds of members", "all of
// the mayors", "a third of donors", "everyone"), which an approximator
// before it ("nearly", "about") qualifies as it would a number.
func (x *extractor) quantityAt(f int) bool {
	d := x.d
	w := d.Tokens[f].Lower
	if w == "a" && f+1 < len(d.Tokens) {
		w = d.Tokens[f+1].Lower
		return fractionWords[w]
	}
	if fractionWords[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && fractionWords[w[i+1:]] {
		return true
	}
	if w == "all" {
		// "nearly all (of) the mayors", not "asked about all four
		// candidates", where "about" is a preposition.
		return f > 0 && syntax.POS(d, f-1) != "ADP"
	}
	switch w {
	case "half", "everyone", "everybody", "dozens", "hundreds", "thousands", "millions":
		return true
	}
	return false
}

// fractionWords name a part of a whole.
var fractionWords = map[string]bool{"third": true, "thirds": true, "quarter": true, "quarters": true,
	"fifth": true, "fifths": true, "tenth": true, "tenths": true, "dozen": true, "majority": true}

// timeTail returns where source [f, l) ends when it closes with a time
// phrase that dates the saying rather than the speaker: "A Marist poll in
// June", "the ministry in 2019", "Mayor Reyes at the time", "The unions in
// particular". PolNeAR leaves it out. A source with a verb in it ("who
// voted for him in 2008", "a report released in May") keeps its time,
// which belongs to that verb, and so does an appositive ("Lee, a candidate
// in 2012,"). It applies to a source before its cue: after "according to"
// the time as often dates the report the annotators count as the source.
func (x *extractor) timeTail(f, l int) int {
	d := x.d
	if l-f < 3 || hasVerb(d, f, l) {
		return l
	}
	for k := f; k < l; k++ {
		if d.Tokens[k].Text == "," {
			// "Lee, a candidate in 2012": the time dates the description.
			return l
		}
	}
	w := func(k int) string { return d.Tokens[k].Lower }
	switch {
	case w(l-3) == "at" && w(l-2) == "the" && w(l-1) == "time":
		return l - 3
	case w(l-2) == "in" && w(l-1) == "particular":
		return l - 2
	case w(l-2) == "in" && (monthNames[w(l-1)] || isYear(d.Tokens[l-1].Text)):
		return l - 2
	case l-f >= 4 && w(l-3) == "in" && monthNames[w(l-2)] && isYear(d.Tokens[l-1].Text):
		return l - 3
	}
	return l
}

// isYear reports whether s is a year of the last two centuries or so.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1900" && s <= "2099"
}
