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
		var second *doc.Span
		for _, ch := range x.children(v) {
			if ch > v && depIs(d.Tokens[ch].Dep, "obl") {
				if cas := syntax.Child(d, ch, "case"); cas >= 0 && d.Tokens[cas].Lower == "by" {
					f, l, rest := x.agentPhrase(ch)
					f = max(f, cas+1)
					if f < l && x.feelingHolder(srcSpan{f, l}) {
						sp := d.TokenSpan(f, l)
						agent = &sp
						second = rest
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
		if second == nil {
			second = x.secondComplement(v, *agent)
		}
		// The agent sits inside the old content: the content is now the
		// subject, and the cue's other complement ("called a bully",
		// "accused … of lying") as a second piece that joinParts joins.
		a.Content = subj
		a.Parts = nil
		a.Source = agent
		a.Entity, a.Speaker = speaker(d, *agent)
		if a.Speaker == "" {
			a.Speaker = agent.Text
		}
		if second != nil {
			b := *a
			b.Content = *second
			x.out = append(x.out, b)
		}
	}
}

// agentPhrase returns the agent's own phrase headed by h: the head with
// the words before it and its "of" phrase ("42 percent of the farmers
// surveyed"), but not a clause or another prepositional phrase hung on it,
// which the parser often attaches there when it is the cue's second
// complement ("accused by rivals of lying about the budget") or the
// writer's addition ("by auditors from the ministry"). rest is such a
// complement opened by "of", "as" or "for", or nil.
func (x *extractor) agentPhrase(h int) (int, int, *doc.Span) {
	d := x.d
	f, l := x.phrase(h)
	var rest *doc.Span
	for _, c := range x.children(h) {
		if c <= h || c >= l {
			continue
		}
		dep := d.Tokens[c].Dep
		cut := depIs(dep, "acl")
		if depIs(dep, "nmod") && !depIs(dep, "nmod:poss") {
			cas := syntax.Child(d, c, "case")
			cut = cas < 0 || d.Tokens[cas].Lower != "of"
		}
		if !cut {
			continue
		}
		cf, cl := syntax.Subtree(d, c)
		if cf <= h {
			continue
		}
		if m := d.Tokens[cf].Lower; m == "of" || m == "as" || m == "for" {
			for cl > cf && d.Tokens[cl-1].POS == "PUNCT" {
				cl--
			}
			sp := d.TokenSpan(cf, cl)
			rest = &sp
		}
		l = min(l, cf)
	}
	for l > f && d.Tokens[l-1].POS == "PUNCT" {
		l--
	}
	return f, l, rest
}

// secondComplement returns the span of the passive cue v's complement
// other than its agent — the label of "has been called a bully by …", the
// charge of "was accused of lying by …" — or nil: that is part of what was
// said about the subject, and leaving it out loses the claim.
func (x *extractor) secondComplement(v int, agent doc.Span) *doc.Span {
	d := x.d
	for _, ch := range x.children(v) {
		if ch <= v {
			continue
		}
		dep := d.Tokens[ch].Dep
		ok := depIs(dep, "obj", "iobj", "xcomp", "ccomp")
		if !ok && depIs(dep, "obl", "advcl") {
			m := syntax.Child(d, ch, "case")
			if m < 0 {
				m = syntax.Child(d, ch, "mark")
			}
			ok = m >= 0 && (d.Tokens[m].Lower == "of" || d.Tokens[m].Lower == "as")
		}
		if !ok {
			continue
		}
		cf, cl := syntax.Subtree(d, ch)
		for cl > cf && d.Tokens[cl-1].POS == "PUNCT" {
			cl--
		}
		sp := d.TokenSpan(cf, cl)
		if sp.Start < agent.End && agent.Start < sp.End {
			continue
		}
		return &sp
	}
	return nil
}
