package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// tagSentence reports whether the sentence [i, lim), which follows the
// quotation closing at close, is that quotation's speech tag although the
// splitter ended the sentence inside the quotation at its question or
// exclamation mark (`"Who asked them?" the mayor said of the council on
// Monday.`): a speaker, a verb of saying, and after it only adjuncts — a
// time, a place, "as she left" — but no clause or object of its own.
// Without this the sentence rules took the tag's adjuncts for what was
// said and left the quotation without a speaker.
func (x *extractor) tagSentence(close, i, lim int) bool {
	d := x.d
	if close < 1 {
		return false
	}
	m := close - 1
	for m > 0 && syntax.IsQuote(d.Tokens[m].Text) {
		// `… to help?’”`: a quotation inside the quotation closes first.
		m--
	}
	if t := d.Tokens[m].Text; t != "?" && t != "!" {
		return false
	}
	end := syntax.NounPhraseStartingAt(d, i, true)
	if end <= i {
		return false
	}
	k := x.skipAdverbs(x.appositive(end))
	if k >= lim || !x.isCue(k) {
		return false
	}
	after := k + 1
	switch w := d.Tokens[k].Lower; {
	case w == "told" || w == "tells":
		// "… the minister told reporters on Monday": the hearer first.
		if after = syntax.NounPhraseStartingAt(d, k+1, true); after <= k+1 {
			return false
		}
	case !tagVerbs[w]:
		return false
	}
	for _, ch := range x.children(k) {
		if ch > k && depIs(d.Tokens[ch].Dep, "ccomp", "parataxis", "xcomp") {
			// "… said in an interview that she …": a report of its own.
			return false
		}
	}
	for j := k + 1; j < lim; j++ {
		if x.inQuote[j] != 0 || syntax.IsQuote(d.Tokens[j].Text) || d.Tokens[j].Lower == "that" && !relativeThat(d, j, lim) {
			// "… said in an interview that she …", "… writes back, "…"":
			// the sentence reports words of its own.
			return false
		}
	}
	return after >= lim || adjunctStart(d, after)
}

// tagVerbs are the verbs that tag a quotation on their own.
var tagVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "added": true, "adds": true, "wrote": true, "writes": true}

// adjunctStart reports whether token j opens an adjunct rather than a
// clause, an object or a quotation: a preposition or subordinator other
// than the complementisers ("of the council", "as she left"), an adverb,
// a time word or a participle ("clutching the lectern").
func adjunctStart(d *doc.Document, j int) bool {
	t := &d.Tokens[j]
	switch t.Lower {
	case "that", "if", "whether", "to":
		return false
	}
	if isTimeWord(t.Lower) {
		return true
	}
	switch syntax.POS(d, j) {
	case "ADP", "SCONJ", "ADV":
		return true
	case "VERB":
		return strings.HasSuffix(t.Lower, "ing")
	}
	return false
}

// relativeThat reports whether "that" at j opens a relative clause on the
// noun before it, its verb right after ("a note to the board that was
// posted Friday"), rather than a clause of reported words, which has a
// subject of its own ("said in a note that she …").
func relativeThat(d *doc.Document, j, lim int) bool {
	if j == 0 || j+1 >= lim {
		return false
	}
	if p := syntax.POS(d, j-1); p != "NOUN" && p != "PROPN" {
		return false
	}
	p := syntax.POS(d, j+1)
	return p == "AUX" || p == "VERB"
}
