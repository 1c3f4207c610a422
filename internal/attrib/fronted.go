package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// frontedPhrase reports whether [f, l) is a phrase set before the clause
// rather than a clause of its own: it has no verb and opens with a
// preposition or "like"/"unlike" ("In her 2009 memoir, Tides",
// "Like the mayor", "In a newspaper essay last week"), or it is a
// participle clause ("Asked on the radio who runs the council").
func (x *extractor) frontedPhrase(f, l int) bool {
	d := x.d
	if f >= l {
		return false
	}
	switch syntax.POS(d, f) {
	case "ADP", "SCONJ":
	case "VERB":
		// "Asked on the radio who runs the council, he said Okafor": a
		// participle clause set before the main one.
		w := d.Tokens[f].Lower
		if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && f+1 < l && depIs(d.Tokens[f].Dep, "advcl") {
			for i := f + 1; i < l; i++ {
				if x.inQuote[i] != 0 {
					return false
				}
			}
			return true
		}
		return false
	default:
		return false
	}
	for i := f; i < l; i++ {
		if p := syntax.POS(d, i); p == "VERB" || p == "AUX" {
			return false
		}
		if x.inQuote[i] != 0 {
			return false
		}
	}
	return true
}

// ownComplement reports whether the words at e, right after a cue, are a
// complement of its own: a noun phrase, a pronoun or a preposition's phrase
// ("noted the leak's existence", "trust in the patience of tenants").
func (x *extractor) ownComplement(e int) bool {
	d := x.d
	if isTimeWord(d.Tokens[e].Lower) {
		return false
	}
	switch syntax.POS(d, e) {
	case "DET", "PRON", "ADP", "NUM", "ADJ":
		return true
	}
	return syntax.IsNominal(syntax.POS(d, e))
}
