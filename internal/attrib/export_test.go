package attrib

import "strings"

// InLexicon reports whether a word (its lower form and lemma) is in any of
// the cue lexicons the surface rules or the parse pass read, for the
// diagnostic in diag_test.go.
func InLexicon(lower, lemma string) bool {
	l := strings.ToLower(lemma)
	return parseCueLemmas[l] || cueLemma[lower] != "" || stanceForms[lower] || objectCues[lower] || prepCues[l] || adjCues[lower]
}
