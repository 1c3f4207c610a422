package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// interruptedSubjects recovers the speaker of a verb of saying whose subject
// opens the sentence and is cut off from the verb by a comma-bounded
// aside: "Ada Lind, a nurse who has worked nights for a decade, said the
// ward was short-staffed", "The airline, citing the storm, said flights
// would resume". News writes speakers this way all the time, and the
// parser often loses the subject across the aside (it reads the name as an
// interjection or hangs it on the aside's verb), so the verb has no nsubj
// and the parse rules find no source. The rule only fires on a strong cue
// the earlier rules left alone, with a clause for its content.
func (x *extractor) interruptedSubjects(first, end int) {
	for k := first + 3; k < end; k++ {
		if a, ok := x.interruptedSubject(k, first, end); ok {
			x.add(a)
		}
	}
}

// interruptedSubject builds the attribution of cue k if the sentence
// [first, end) opens with its subject, then an aside, then ", said …".
func (x *extractor) interruptedSubject(k, first, end int) (doc.Attribution, bool) {
	d := x.d
	if x.used[k] || x.inQuote[k] != 0 || !x.isCue(k) || !strong[d.Tokens[k].Lower] || !finiteSay(d.Tokens[k].Lower) {
		return doc.Attribution{}, false
	}
	if d.Tokens[k].Dep != "root" || x.hasSubject(k) {
		return doc.Attribution{}, false
	}
	cs := x.cueStart(k)
	if cs-1 <= first || d.Tokens[cs-1].Text != "," {
		return doc.Attribution{}, false
	}
	s, e, ok := x.clauseSubject(first, cs-1)
	if !ok {
		return doc.Attribution{}, false
	}
	if x.usedRange(s, e) || x.saidWithin(e, cs) {
		return doc.Attribution{}, false
	}
	c, ce, ok := x.sayClause(k, end)
	if !ok {
		return doc.Attribution{}, false
	}
	return x.mk(x.source(s, e), d.TokenSpan(cs, ce), d.TokenSpan(c, end), doc.Indirect), true
}

// clauseSubject finds the subject of a clause whose verb follows comma:
// the noun phrase that opens the sentence, or, nearer the verb, one that
// opens a clause after a subordinator ("…, after a nurse in Tromsø,
// Norway, told him she …"). It returns the phrase [s, e).
func (x *extractor) clauseSubject(first, comma int) (s, e int, ok bool) {
	d := x.d
	for j := comma - 2; j > first; j-- {
		if x.inQuote[j] != 0 || !subordinator(d.Tokens[j-1].Lower) {
			continue
		}
		if e, ok := x.openingSubject(j, comma); ok {
			return j, e, true
		}
		break
	}
	e, ok = x.openingSubject(first, comma)
	return first, e, ok
}

// subordinator lists the words after which a new clause, with its own
// subject, begins.
func subordinator(w string) bool {
	switch w {
	case "after", "before", "when", "while", "because", "since", "until", "although", "though", "as", "once", "whereas":
		return true
	}
	return false
}

// saidWithin reports whether a verb of saying in [f, l) is already a cue:
// an aside that is itself an attribution ("Prices, the minister said, will
// rise, as a trader …, said …") means the opening phrase is its content,
// not a subject waiting for a verb.
func (x *extractor) saidWithin(f, l int) bool {
	for j := f; j < l; j++ {
		if x.used[j] && strong[x.d.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// finiteSay keeps to the finite forms: "saying" and "told" after "was" are
// other constructions, handled by the participle and passive rules.
func finiteSay(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes",
		"explained", "explains", "argued", "argues", "warned", "warns", "insisted", "insists", "declared",
		"claimed", "claims", "announced", "acknowledged", "stated", "replied", "responded", "asserted", "maintained":
		return true
	}
	return false
}

// hasSubject reports whether the parse gives verb k a subject.
func (x *extractor) hasSubject(k int) bool {
	for _, ch := range x.children(k) {
		if depIs(x.d.Tokens[ch].Dep, "nsubj", "expl", "csubj") {
			return true
		}
	}
	return false
}

// openingSubject returns the end of the noun phrase that opens the
// sentence (or clause) at first, with its appositive, if a comma follows
// it at or before comma (the one just before the cue): an aside may lie
// between.
func (x *extractor) openingSubject(first, comma int) (int, bool) {
	d := x.d
	if x.inQuote[first] != 0 {
		return 0, false
	}
	switch syntax.POS(d, first) {
	case "DET", "PROPN", "NOUN", "ADJ", "NUM":
	case "ADP", "SCONJ", "CCONJ", "ADV", "PRON", "AUX", "PUNCT":
		// "In other words, …", "When …": no noun phrase opens here.
		return 0, false
	default:
		if !x.capitalisedWord(first) && !isUpper(d.Tokens[first].Text) {
			return 0, false
		}
	}
	e := syntax.NounPhraseStartingAt(d, first, true)
	if e <= first {
		e = first
		for e < comma && isUpper(d.Tokens[e].Text) && d.Tokens[e].Text != "," {
			e++
		}
	}
	for n := 0; n < 2 && e > first && e < comma && isNounish(syntax.POS(d, e)); n++ {
		// The scan stops at a head the tagger misread ("A White House
		// official" with "official" an adjective).
		e++
	}
	if e <= first || e > comma || d.Tokens[e].Text != "," {
		return 0, false
	}
	if a := x.appositive(e); a <= comma && !isRelPron(d.Tokens[e+1].Lower) {
		// An appositive joins the source; a relative clause ("who asked
		// not to be named") does not, as annotators mark it.
		e = a
	}
	return e, true
}

// sayClause returns the content of cue k: the clause that follows it,
// after an optional "that", up to the sentence end, and the end of the
// cue. A content without a verb ("said nothing", "told reporters") is no
// report of speech here.
func (x *extractor) sayClause(k, end int) (c, ce int, ok bool) {
	d := x.d
	ce = x.cueEnd(k)
	c = ce
	if _, _, pc, _, ok := x.parsedComplement(k, end); ok && pc >= ce {
		c = pc
	}
	if c < end && (syntax.POS(d, c) == "ADP" || syntax.POS(d, c) == "SCONJ") && d.Tokens[c].Lower != "that" {
		// "responded by cutting …", "said before he left": no clause,
		// unless a "that" clause follows the adjunct ("said before the
		// meeting that …").
		t := c + 1
		for t < end && d.Tokens[t].Lower != "that" {
			t++
		}
		if t+1 >= end {
			return 0, 0, false
		}
		c = t + 1
	}
	for c < end && (d.Tokens[c].Text == "," || d.Tokens[c].Lower == "that" && c == ce) {
		c++
	}
	if end-c < 3 {
		return 0, 0, false
	}
	for j := c; j < end; j++ {
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" {
			return c, ce, true
		}
	}
	return 0, 0, false
}

func isNounish(pos string) bool { return pos == "NOUN" || pos == "PROPN" || pos == "ADJ" }
