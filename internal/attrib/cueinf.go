package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// cueInfinitive widens a cue that is a bare infinitive over its "to" and
// over the predicate the infinitive completes: "is likely to say", "were
// more likely to want", "was not willing to say", "continues to struggle",
// "should be able to expect". PolNeAR marks the whole predicate as the cue
// (train 32 times in 34 the "to" is in it, 25 of them with the words
// before); after a noun or pronoun ("urged the mayor to call for") the cue
// starts at "to". The predicate ends at the subject: only auxiliaries,
// adverbs, negation, adjectives and verbs are taken.
func (x *extractor) cueInfinitive(a *doc.Attribution) {
	d := x.d
	f := d.TokenAt(a.Cue.Start)
	if f < 2 || d.Tokens[f].Tag != "VB" || d.Tokens[f-1].Lower != "to" || syntax.POS(d, f-1) != "PART" {
		return
	}
	s := f - 1
	for k := s - 1; k >= 0 && k >= f-7 && d.Tokens[k].Sent == d.Tokens[f].Sent; k-- {
		if x.inQuote[k] != 0 || x.used[k] && !x.inCue(a, k) || x.inSpans(a, k) {
			break
		}
		switch syntax.POS(d, k) {
		case "AUX", "ADV", "PART", "ADJ", "VERB":
			s = k
			continue
		}
		break
	}
	x.setCue(a, d.Span(d.Tokens[s].Start, a.Cue.End))
}

// inCue reports whether token k lies in a's cue.
func (x *extractor) inCue(a *doc.Attribution, k int) bool {
	t := &x.d.Tokens[k]
	return t.Start >= a.Cue.Start && t.End <= a.Cue.End
}

// inSpans reports whether token k lies in a's source or content.
func (x *extractor) inSpans(a *doc.Attribution, k int) bool {
	t := &x.d.Tokens[k]
	if a.Source != nil && t.Start < a.Source.End && a.Source.Start < t.End {
		return true
	}
	for _, sp := range a.ContentSpans() {
		if t.Start < sp.End && sp.Start < t.End {
			return true
		}
	}
	return false
}
