package timex

import "github.com/crosscheck-news/crosscheck/doc"

// someDay reads "one day" and "some day" right after a modal or a "to"
// ("Islam will one day be", "hopes to one day lead the party") as the
// indefinite future it names (FUTURE_REF, as TimeBank tags it), not a
// length of 24 hours: between a modal and its verb there is no room for
// a duration. Elsewhere ("lasted one day", "one day later", "one day in
// March") the count stays what the other rules make of it.
func (p *parser) someDay(i int) (res, bool) {
	if w := p.lw(i); w != "one" && w != "some" || p.lw(i+1) != "day" {
		return res{}, false
	}
	switch p.lw(i - 1) {
	case "will", "'ll", "would", "'d", "could", "can", "may", "might", "shall", "should", "must", "to":
	default:
		return res{}, false
	}
	// The verb must follow: "will one day be", not "cut to one day a
	// week". With part-of-speech tags the next word must be a verb, or a
	// verb the tagger misread (verbDespiteTag); without tags it must not
	// be a word that goes on with the count.
	if i+2 >= p.limit {
		return res{}, false
	}
	if tag := p.toks[i+2].Tag; tag != "" {
		if (len(tag) < 2 || tag[:2] != "VB") && !verbDespiteTag(p, i+2) {
			return res{}, false
		}
	} else if n := p.lw(i + 2); !isLowerWord(p.text(i+2)) || countGoesOn[n] {
		return res{}, false
	}
	return res{start: i, end: i + 2, typ: doc.Date, value: "FUTURE_REF"}, true
}

// verbDespiteTag reports whether the word at k, which the tagger did not
// call a verb, is still the verb after "one day": the tagger reads "day
// supply", "day list" and "day balance" as nouns in a compound (and "day
// lead" as a preposition), but a lower-case word that is not a count's
// continuation and is followed by its object — a determiner, a pronoun,
// an adjective or a number, as in "could one day supply most of",
// "will one day list its shares", "hope to one day balance the budget" —
// is a verb. A compound ends the phrase, goes on with a preposition ("to
// one day delivery for", "cut to one day shifts.") or with a time ("cut to
// one day walkout this week", "a one day trip each year").
func verbDespiteTag(p *parser, k int) bool {
	switch p.toks[k].Tag {
	case "NN", "IN", "JJ":
	default:
		return false
	}
	if !isLowerWord(p.text(k)) || countGoesOn[p.lw(k)] || k+1 >= p.limit {
		return false
	}
	switch p.lw(k + 1) {
	case "this", "that", "each", "every", "next", "last", "per":
		return false
	}
	switch p.toks[k+1].Tag {
	case "DT", "PDT", "PRP", "PRP$", "JJ", "JJR", "JJS", "CD":
		return true
	}
	return false
}

// countGoesOn are words after "one day" that keep it a count of days
// ("to one day a week", "to one day of rest", "one day later").
var countGoesOn = map[string]bool{
	"of": true, "a": true, "per": true, "each": true, "every": true, "later": true, "after": true,
	"before": true, "earlier": true, "ahead": true, "in": true, "on": true, "at": true, "and": true,
	"or": true, "from": true, "to": true, "for": true, "off": true, "only": true,
}
