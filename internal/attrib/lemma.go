package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// lexLemma returns the lemma under which the cue lexicons know token t.
// The core's lemmatiser sometimes cuts a regular past or participle at the
// wrong letter ("rebuked" → "rebuk", "shouted" → "shoute", "boasted" →
// "boaste"), and then a verb every list has reads as no cue. Where the
// core's lemma is in no list, the forms that regular English inflection
// gives (strip "-ed", "-d", "-ing", "-ing" plus "e", "-s") are tried, and
// the first one of four letters or more that a list knows wins; an
// irregular or unknown word keeps the core's lemma.
func lexLemma(t *doc.Token) string {
	l := strings.ToLower(t.Lemma)
	if l == "" {
		l = t.Lower
	}
	if knownLemma(l) {
		return l
	}
	w := t.Lower
	var vs []string
	switch {
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		vs = []string{w[:len(w)-2], w[:len(w)-1]}
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		vs = []string{w[:len(w)-3], w[:len(w)-3] + "e"}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		vs = []string{w[:len(w)-1]}
	}
	for _, v := range vs {
		// Three letters are too few to trust: "raped" is no "rap".
		if len(v) >= 4 && knownLemma(v) {
			return v
		}
	}
	return l
}

// knownLemma reports whether any verb list of the package has lemma l.
func knownLemma(l string) bool {
	_, prepOnly := prepOnlyCues[l]
	return parseCueLemmas[l] || prepCues[l] || prepOnly || parseNonCue[l] || nonStance[l]
}
