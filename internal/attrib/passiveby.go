package attrib

import (
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// passiveByAgents mends, on the surface, the passive attributions that
// passiveSources could not reach without a parse: a cue in the past
// participle whose content opens with "by" ("the coalition backed by the
// unions", "He was supported by most delegates") has the patient as its
// source and the agent as its content, the wrong way round. The agent
// after "by" holds the stance, so it becomes the source, and the patient
// the content. An agent that can hold no view ("backed by cheap loans")
// leaves no attribution.
func (x *extractor) passiveByAgents() {
	d := x.d
	keep := x.out[:0]
	for _, a := range x.out {
		if a.Source == nil || a.Content.End <= a.Content.Start {
			keep = append(keep, a)
			continue
		}
		v := x.cueVerb(a.Cue)
		c := d.TokenAt(a.Content.Start)
		if v < 0 || c < 0 || d.Tokens[v].Tag != "VBN" || d.Tokens[c].Lower != "by" || c != v+1 {
			keep = append(keep, a)
			continue
		}
		e := syntax.NounPhraseStartingAt(d, c+1, true)
		if e <= c+1 || !x.canHoldView(c+1, e) {
			// "backed by cheap loans": no one holds the stance.
			continue
		}
		patient := *a.Source
		agent := d.TokenSpan(c+1, e)
		a.Source, a.Content = &agent, patient
		a.Cue = d.TokenSpan(d.TokenAt(a.Cue.Start), c+1)
		keep = append(keep, a)
	}
	x.out = keep
}
