package attrib

import "github.com/crosscheck-news/crosscheck/doc"

// cutCue takes the cue out of a content that runs across it, as PolNeAR
// writes a content the cue interrupts: the writer's hedge "The vote | is
// expected | to slip to March" has the content "The vote … to slip to
// March" with the cue left out. crosscheck's spans are contiguous, so the
// part after the cue stays in a and the part before it comes back as a
// second attribution with the same source and cue, as for a quotation its
// cue interrupts (see frontPart).
func (x *extractor) cutCue(a *doc.Attribution) (doc.Attribution, bool) {
	d := x.d
	if a.Kind == doc.Direct || a.Cue.End <= a.Cue.Start || a.Cue.Start <= a.Content.Start || a.Cue.End >= a.Content.End {
		return doc.Attribution{}, false
	}
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	cs, ce := d.TokenAt(a.Cue.Start), d.TokenAt(a.Cue.End-1)
	if c < 0 || e < c || cs <= c || ce < cs || ce >= e {
		return doc.Attribution{}, false
	}
	l := cs
	for l > c && edgePunct(d.Tokens[l-1].Text) {
		l--
	}
	r := ce + 1
	for r <= e && edgePunct(d.Tokens[r].Text) {
		r++
	}
	if l <= c || r > e {
		return doc.Attribution{}, false
	}
	b := *a
	b.Content = d.TokenSpan(c, l)
	a.Content = d.TokenSpan(r, e+1)
	return b, true
}
