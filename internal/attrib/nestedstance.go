package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// innerStanceLemmas are the verbs of thinking, knowing and wanting whose
// attribution inside another one's content is dropped by
// dropNestedStances.
var innerStanceLemmas = map[string]bool{
	"want": true, "know": true, "think": true, "believe": true, "expect": true, "hope": true,
	"worry": true, "fear": true, "feel": true, "consider": true, "see": true,
}

// dropNestedStances removes the attribution of a verb of thinking, knowing
// or wanting that stands inside the content of another attribution with a
// cue: "the mayor said she wants to rebuild the pier" reports the mayor's
// words, and the wish is part of them. PolNeAR's annotators do not nest a
// stance inside someone's reported words; dropNested does the same for
// clausal complements only, which misses "she said that, if elected, she
// wants …" and stances in a quotation.
func (x *extractor) dropNestedStances() {
	d := x.d
	drop := make([]bool, len(x.out))
	for i, a := range x.out {
		v := x.cueVerb(a.Cue)
		if v < 0 || !innerStanceLemmas[strings.ToLower(d.Tokens[v].Lemma)] || x.coordinatedClause(a) {
			continue
		}
		drop[i] = x.cueNestedIn(i, drop, x.speechCue)
	}
	x.removeDropped(drop)
}

// cueNestedIn reports whether the cue of attribution i lies inside the
// content of another attribution with a cue that is not dropped and, when
// outer is given, that outer accepts: PolNeAR never marks a relation
// inside another's content, so such a cue is a candidate for dropping.
func (x *extractor) cueNestedIn(i int, drop []bool, outer func(doc.Attribution) bool) bool {
	a := x.out[i]
	for j, b := range x.out {
		if j != i && !drop[j] && b.Cue.End > b.Cue.Start && (outer == nil || outer(b)) && b.Content.Start <= a.Cue.Start && a.Cue.End <= b.Content.End {
			return true
		}
	}
	return false
}

// removeDropped keeps the attributions not marked in drop, in order.
func (x *extractor) removeDropped(drop []bool) {
	keep := x.out[:0]
	for i, a := range x.out {
		if !drop[i] {
			keep = append(keep, a)
		}
	}
	x.out = keep
}

// speechCue reports whether attribution b's cue is a finite verb of
// saying in the active ("said", "tells"): a participle ("admitting") or a
// passive ("was confirmed") more often reports a clause the stance does
// not belong to.
func (x *extractor) speechCue(b doc.Attribution) bool {
	v := x.cueVerb(b.Cue)
	if v < 0 || !strong[x.d.Tokens[v].Lower] {
		return false
	}
	switch x.d.Tokens[v].Tag {
	case "VBD", "VBZ", "VBP":
		return x.d.TokenAt(b.Cue.Start) == v || !isBeForm(x.d.Tokens[v-1].Lower)
	}
	return false
}

// coordinatedClause reports whether the stance a opens a clause of its own
// after ", and" / ", but" with a subject of its own ("…, and analysts
// expect further gains"): the writer's next clause, not part of the words
// reported before it. The content of a "said" still runs to the end of the
// sentence when this check runs (cutAtTags and refineContents trim it
// later), so the comma before the stance's source is the sign to read.
func (x *extractor) coordinatedClause(a doc.Attribution) bool {
	if a.Source == nil {
		return false
	}
	d := x.d
	s := d.TokenAt(a.Source.Start)
	if s < 2 || d.Tokens[s-2].Text != "," || d.Tokens[s].POS == "PRON" {
		// "…, and she wants …": a pronoun most often goes on with the
		// speaker's own reported thoughts.
		return false
	}
	switch d.Tokens[s-1].Lower {
	case "and", "but", "while", "yet", "whereas":
		return true
	}
	return false
}
