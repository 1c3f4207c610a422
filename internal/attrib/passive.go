package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// passiveSources mends the attributions whose source is the passive
// subject of their cue: "The plan is backed by far fewer
// farmers", "The mayor has been called a bully by fellow
// councillors": the passive subject is what the report is about, so it
// becomes the content, and the agent after "by" the source. A passive with
// no agent keeps its reading.
func (x *extractor) passiveSources() {
	d := x.d
	for i := range x.out {
		a := &x.out[i]
		if a.Source == nil {
			continue
		}
		v := x.cueVerb(a.Cue)
		if v < 0 || d.Tokens[v].Dep == "" {
			continue
		}
		j := syntax.Child(d, v, "nsubj:pass")
		if j < 0 || j > v {
			continue
		}
		jt := &d.Tokens[j]
		if jt.Start < a.Source.Start || jt.End > a.Source.End || isRelPron(jt.Lower) {
			continue
		}
		subj := *a.Source
		var agent *doc.Span
		for _, ch := range x.children(v) {
			if ch > v && depIs(d.Tokens[ch].Dep, "obl") {
				if cas := syntax.Child(d, ch, "case"); cas >= 0 && d.Tokens[cas].Lower == "by" {
					f, l := x.phrase(ch)
					f = max(f, cas+1)
					if f < l && x.feelingHolder(srcSpan{f, l}) {
						sp := d.TokenSpan(f, l)
						agent = &sp
					}
					break
				}
			}
		}
		if agent == nil || !(agent.Start < a.Content.End && a.Content.Start < agent.End) || d.Tokens[v].Start < d.Tokens[j].End {
			// Without an agent the reading stays: PolNeAR marks such cues
			// with the subject in the content and no source, and an
			// attribution without a source matches it whatever its source.
			continue
		}
		// The agent sits inside the old content: the content is now the
		// subject alone.
		a.Content = subj
		a.Parts = nil
		a.Source = agent
		a.Entity, a.Speaker = speaker(d, *agent)
		if a.Speaker == "" {
			a.Speaker = agent.Text
		}
	}
}
