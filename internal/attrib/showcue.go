package attrib

import (
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// A poll, a report or a set of records "shows" what it found, and PolNeAR
// marks it like a statement: "a poll released last week showed the mayor
// with a wide lead" has the poll as source, "showed" as cue and the finding
// as content, with or without "that". findings (light.go) reads the verb
// only right after its noun; here the subject may stand further off ("A
// county poll out this week shows …", "most of the polls have shown …").
// A person who "showed up" or "showed restraint" is left to other rules.

// showForms are the finite and perfect forms of "show".
var showForms = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true}

// showCues adds the findings of a document that shows something, for the
// verbs of sentence [first, end) not yet used.
func (x *extractor) showCues(first, end int) {
	d := x.d
	for k := first + 1; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || !showForms[d.Tokens[k].Lower] || syntax.POS(d, k) != "VERB" {
			continue
		}
		if x.passiveVerb(k, first) || !x.votersOwn(k, first) || k+1 < end && d.Tokens[k+1].Lower == "up" {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.findingSource(src) {
			continue
		}
		c, e, ok := x.verbClause(k, end)
		if !ok {
			continue
		}
		x.addPhraseCue(src, k, k+1, c, e)
	}
}

// findingSource reports whether a source span is headed by a noun of
// findingHeads: the last noun of its first run of nouns, before any "of",
// comma, relative or participle ("a poll released last week", "the county
// records"). A finding noun that only modifies the head ("poll workers",
// "survey crews") names people, not a finding.
func (x *extractor) findingSource(src srcSpan) bool {
	d := x.d
	head := -1
	for i := src.first; i < src.limit; i++ {
		w := d.Tokens[i].Lower
		if w == "of" || w == "," || w == "who" || w == "that" || w == "which" {
			break
		}
		if p := syntax.POS(d, i); p == "NOUN" || p == "PROPN" {
			head = i
			continue
		}
		if head >= 0 {
			break
		}
	}
	return head >= 0 && findingHeads[d.Tokens[head].Lower] && syntax.POS(d, head) == "NOUN"
}
