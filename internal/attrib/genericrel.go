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
			x.cutAtMainVerb(&a)
			keep = append(keep, a)
		}
	}
	x.out = keep
}

// genericRelative reports whether a's source is a restrictive relative
// pronoun whose noun phrase, a group (not one person), is the subject of a
// verb after the clause.
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
	if t := d.Tokens[r-1].Tag; t == "NN" || t == "NNP" {
		// "The lifeguard who said she saw a fin …": one person's claim,
		// not a group picked out by what its members say.
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
		// The group inside a larger phrase: "the bulk of the anglers
		// who say …".
		h = d.Tokens[h].Head
	}
	return depIs(d.Tokens[h].Dep, "nsubj") && d.Tokens[h].Head > k
}

// cutAtMainVerb ends the content of a restrictive "who said" about one
// person before the main clause's verb, which the content may run on
// into: "The lifeguard who said she saw a fin | was praised …".
func (x *extractor) cutAtMainVerb(a *doc.Attribution) {
	d := x.d
	if a.Source == nil || a.Cue.End <= a.Cue.Start || len(a.Parts) > 0 {
		return
	}
	r := d.TokenAt(a.Source.Start)
	if r <= 0 || d.Tokens[r].Lower != "who" || d.TokenAt(a.Source.End-1) != r {
		return
	}
	ante := r - 1
	if t := d.Tokens[ante].Tag; t != "NN" && t != "NNP" || !depIs(d.Tokens[ante].Dep, "nsubj") {
		return
	}
	m := d.Tokens[ante].Head
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	if m <= c || m > e {
		return
	}
	for m-1 > c && syntax.POS(d, m-1) == "AUX" {
		m--
	}
	a.Content = d.TokenSpan(c, m)
}
