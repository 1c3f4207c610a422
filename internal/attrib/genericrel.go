package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// dropGenericRelatives removes the reports of restrictive relative clauses
// that only pick out a group the sentence then says something about:
// "Those who said the economy mattered most split evenly", "Voters who say
// taxes are too high favor Lee". Such a clause defines who is counted, it
// does not report what anyone said, and annotators leave it out; a
// non-restrictive one after a comma ("Lee, who said taxes are too high,
// …") or a group in the predicate ("including 18 percent who say …")
// stays.
func (x *extractor) dropGenericRelatives() {
	keep := x.out[:0]
	for _, a := range x.out {
		if !x.genericRelative(a) {
			keep = append(keep, a)
		}
	}
	x.out = keep
}

// genericRelative reports whether a's source is a restrictive relative
// pronoun whose noun phrase is the subject of a verb after the clause.
func (x *extractor) genericRelative(a doc.Attribution) bool {
	d := x.d
	if a.Source == nil || a.Cue.End <= a.Cue.Start {
		return false
	}
	r := d.TokenAt(a.Source.Start)
	if r <= 0 || d.TokenAt(a.Source.End-1) != r || d.Tokens[r].Lower != "who" {
		return false
	}
	switch d.Tokens[r-1].Text {
	case ",", "—", "–", "-", "--", "(":
		return false
	}
	k := d.Tokens[r].Head
	if k <= r || k >= len(d.Tokens) || !depIs(d.Tokens[k].Dep, "acl") || cueLemma[d.Tokens[k].Lower] != "say" {
		// Only "say": a group defined by a want or a hope ("voters who
		// want change") is more often marked as their stance.
		return false
	}
	if first, _ := x.sentBounds(r); first < r && syntax.NounPhraseStartingAt(d, first, true) >= r {
		// The group opens the sentence: it is the main clause's subject
		// even where the parse runs the clause on into the main verb.
		return true
	}
	h := d.Tokens[k].Head
	if h < 0 || h >= r {
		return false
	}
	for n := 0; n < 4 && depIs(d.Tokens[h].Dep, "nmod", "compound", "flat", "obl") && d.Tokens[h].Head > h; n++ {
		// "A majority of those who said …".
		h = d.Tokens[h].Head
	}
	return depIs(d.Tokens[h].Dep, "nsubj") && d.Tokens[h].Head > k
}
