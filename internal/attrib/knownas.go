package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// reputeForms are the participles of repute with the prepositions that
// take what the repute is: "known as", "known for", "seen as".
var reputeForms = map[string]map[string]bool{
	"known": {"as": true, "for": true},
	"seen":  {"as": true},
}

// knownAs handles what a thing or person is known as or known for: "the
// levy, known as the window tax, …", "the judge is best known for her
// dissents". Attribution annotators (PolNeAR) count the repute as a cue
// with no source — people at large hold it — whose content is the name or
// the deed, with the subject before a copula ("is known for") as well.
func (x *extractor) knownAs(first, end int) {
	d := x.d
	for k := first + 1; k+2 < end; k++ {
		t := &d.Tokens[k]
		preps := reputeForms[t.Lower]
		if preps == nil || x.used[k] || x.inQuote[k] != 0 || !preps[d.Tokens[k+1].Lower] {
			continue
		}
		if notRepute(d, first, k) {
			continue
		}
		cs := k
		for cs-1 > first && (syntax.POS(d, cs-1) == "ADV" || isBeForm(d.Tokens[cs-1].Lower)) && !x.used[cs-1] {
			cs--
		}
		c := k + 2
		e := c
		for e < end && d.Tokens[e].Text != "," && d.Tokens[e].Text != ";" && !(d.Tokens[e].Text == "(" && e > c) {
			e++
		}
		if e <= c || x.inQuote[c] != 0 && !syntax.IsQuote(d.Tokens[c].Text) {
			continue
		}
		if cs < k && isBeForm(d.Tokens[cs].Lower) {
			// "the judge is best known for …": the subject joins the
			// content, and cutCue splits the cue out of it.
			if s := syntax.NounPhraseEndingAt(d, cs-1); s >= first && s >= 0 && !x.used[s] {
				c = s
			}
		}
		x.add(x.mk(srcSpan{}, d.TokenSpan(cs, k+2), d.TokenSpan(c, e), doc.Indirect))
	}
}

// notReputeNext are words after "as"/"for" that make an ordinary phrase,
// not a repute: "known as of Tuesday", "known as to why", "seen as recently
// as", "seen as many as", "known for certain", "seen as soon as".
var notReputeNext = map[string]bool{
	"of": true, "to": true, "many": true, "much": true, "recently": true,
	"soon": true, "long": true, "certain": true, "sure": true, "well": true,
}

// notRepute reports whether the participle at k with its preposition is no
// repute: an ordinary phrase follows, it is a perfect ("have known for
// years that …" is the verb of knowing, which the verb loop handles), or
// "seen as" opens a clause of time ("was last seen as she left").
func notRepute(d *doc.Document, first, k int) bool {
	if k+2 < len(d.Tokens) {
		next := d.Tokens[k+2].Lower
		if notReputeNext[next] {
			return true
		}
		if d.Tokens[k].Lower == "seen" && isSubjectPronoun(next) {
			return true
		}
	}
	for j := k - 1; j > first && j >= k-3; j-- {
		switch d.Tokens[j].Lower {
		case "have", "has", "had", "'ve", "'d", "having":
			return true
		}
		if syntax.POS(d, j) != "ADV" {
			break
		}
	}
	return false
}

// isSubjectPronoun reports whether w is a pronoun that can only be a
// subject, so that it opens a clause.
func isSubjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}
