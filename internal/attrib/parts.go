package attrib

import (
	"sort"

	"github.com/crosscheck-news/crosscheck/doc"
)

// joinParts makes one attribution of those that share a source, a cue and
// a sentence: the span rules give each piece of a discontinuous content
// (the part a parenthetical cue interrupts, the subject before a writer's
// hedge, the relative pronoun that fills a content's gap) its own
// attribution while they work, but a reader, the ledger and the scorer
// all see one statement. A quotation that runs on in a later sentence
// after its cue (`"A," she said. "B."`) stays an attribution of its own:
// each quotation is a statement a reader checks on its own, though
// PolNeAR writes the run as one relation (the scorer merges them). The
// joined content spans from the first piece to the last, and Parts lists
// the pieces; the speaker and entity are those of the attribution found
// first, whose content the others complete, and pieces of different kinds
// make a mixed one.
func (x *extractor) joinParts() {
	type key struct {
		src    doc.Span
		hasSrc bool
		cs, ce int
		sent   int
	}
	first := map[key]int{}
	pieces := map[int][]doc.Span{}
	keep := x.out[:0:0]
	for _, a := range x.out {
		if a.Cue.End <= a.Cue.Start {
			keep = append(keep, a)
			continue
		}
		k := key{cs: a.Cue.Start, ce: a.Cue.End, sent: -1}
		if j := x.d.TokenAt(a.Content.Start); j >= 0 {
			k.sent = x.d.Tokens[j].Sent
		}
		if a.Source != nil {
			k.src, k.hasSrc = *a.Source, true
		}
		i, ok := first[k]
		if !ok {
			first[k] = len(keep)
			keep = append(keep, a)
			continue
		}
		if len(pieces[i]) == 0 {
			pieces[i] = append(pieces[i], keep[i].Content)
		}
		pieces[i] = append(pieces[i], a.Content)
		if a.Kind != keep[i].Kind {
			// A quotation joined to words of the speaker's given in the
			// writer's own is a mixed quotation.
			keep[i].Kind = doc.Mixed
		}
		if keep[i].Speaker == "" {
			keep[i].Speaker, keep[i].Entity = a.Speaker, a.Entity
		}
	}
	for i, ps := range pieces {
		sort.Slice(ps, func(a, b int) bool { return ps[a].Start < ps[b].Start })
		// A piece inside another adds nothing.
		n := 1
		for _, p := range ps[1:] {
			if p.End > ps[n-1].End {
				ps[n] = p
				n++
			}
		}
		ps = ps[:n]
		a := &keep[i]
		a.Content = x.d.Span(ps[0].Start, ps[n-1].End)
		if n > 1 {
			a.Parts = ps
		}
		if k := x.d.TokenAt(ps[0].Start); k >= 0 {
			a.Sentence = x.d.Tokens[k].Sent
		}
	}
	x.out = keep
}
