package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// sourceRelatives adds the attribution a relative clause inside another
// attribution's source makes: "…," said Ana Ruiz, a county commissioner
// who said the levy would fail. The source runs on through the relative
// clause (PolNeAR's convention, see spans.go), so its verb is already used
// when the parse pass reaches it; but the clause is a report of its own,
// with the relative pronoun as its source. Only a verb of saying with a
// clause as its content counts: a stance verb there ("who opposes the
// levy") is mostly description.
func (x *extractor) sourceRelatives() {
	d := x.d
	n := len(x.out)
	for i := 0; i < n; i++ {
		a := x.out[i]
		if a.Source == nil {
			continue
		}
		f, l := d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)
		if f < 0 || l < 0 {
			continue
		}
		for k := f; k <= l; k++ {
			t := &d.Tokens[k]
			if t.POS != "VERB" || t.Dep != "acl:relcl" || x.inQuote[k] != 0 || !x.relativeCue(k) || x.isCueOf(k) {
				continue
			}
			rel := syntax.Child(d, k, "nsubj")
			if rel < 0 || rel >= k || rel < f || !isRelPron(d.Tokens[rel].Lower) {
				continue
			}
			_, end := x.sentBounds(k)
			for end > k && isFinal(d.Tokens[end-1].Text) {
				end--
			}
			cs, ce, c, e, ok := x.parsedComplement(k, end)
			if !ok || cs <= rel {
				continue
			}
			x.add(x.mk(srcSpan{rel, rel + 1}, d.TokenSpan(cs, ce), d.TokenSpan(c, e), doc.Indirect))
		}
	}
}

// relativeCue reports whether verb k is a verb of saying or thinking that
// takes a clause ("who said the levy would fail", "who conceded that …").
func (x *extractor) relativeCue(k int) bool {
	l := x.lemmaOf(k)
	if parseNonCue[l] || nonStance[l] {
		return false
	}
	if !(parseCueLemmas[l] || cueLemma[x.d.Tokens[k].Lower] != "") {
		return false
	}
	return syntax.Child(x.d, k, "ccomp") >= 0
}

// isCueOf reports whether token k lies in the cue of an attribution found.
func (x *extractor) isCueOf(k int) bool {
	t := &x.d.Tokens[k]
	for _, a := range x.out {
		if a.Cue.Start <= t.Start && t.End <= a.Cue.End {
			return true
		}
	}
	return false
}
