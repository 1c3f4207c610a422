package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// This file reads the writer's hedges by a verb of appearance that
// evidential (attrib.go) leaves alone because no infinitive follows the
// verb. Attribution annotators (PolNeAR) count such a hedge as a cue with
// no source: the writer reports how things seem, not that they are so.

// seemForms are the finite forms of "seem" and "appear", the verbs of
// appearance that hedge a clause ("it seems that …") or a predicate ("the
// mayor seemed relieved").
var seemForms = map[string]bool{
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
}

// itSeems handles the impersonal hedge "it seems (that) …", "it appeared
// as if …", "it would seem the vote is lost": the cue is the verb with its
// auxiliaries, the content the clause after it, and there is no source. A
// "that" must be the subordinator, not a determiner or a pronoun ("it
// appeared that evening", "it seemed that way"), and a clause without one
// must open with a word that can be its subject.
func (x *extractor) itSeems(first, end int) {
	d := x.d
	for k := first + 1; k+2 < end; k++ {
		if !seemForms[d.Tokens[k].Lower] || syntax.POS(d, k) != "VERB" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		cs := x.cueStart(k)
		if cs-1 < first || d.Tokens[cs-1].Lower != "it" || x.used[cs-1] {
			continue
		}
		c := x.seemClause(k+1, end)
		if c < 0 {
			continue
		}
		e := x.contentEnd(c, end)
		if e-c < 3 {
			continue
		}
		x.add(x.mk(srcSpan{}, d.TokenSpan(cs, k+1), d.TokenSpan(c, e), doc.Indirect))
	}
}

// seemClause returns where the clause after an impersonal "it seems"
// starts, at i or after its subordinator ("that", "as if", "as though",
// "like"), or -1 when no clause follows. After "that" a clause must open
// with a subject and a verb.
func (x *extractor) seemClause(i, end int) int {
	d := x.d
	switch w := d.Tokens[i].Lower; {
	case w == "that":
		if syntax.POS(d, i) != "SCONJ" || i+1 >= end || !x.opensClause(i+1, end) {
			// "it appeared that evening", "it seemed that tall": the
			// tagger may still call "that" a subordinator.
			return -1
		}
		return i + 1
	case w == "as" && i+1 < end && (d.Tokens[i+1].Lower == "if" || d.Tokens[i+1].Lower == "though"):
		return i + 2
	case w == "like" && syntax.POS(d, i) == "SCONJ":
		return i + 1
	}
	if x.clauseFollows(i, end) {
		return i
	}
	return x.extraposed(i, end)
}

// extraposed returns i when an adjective, perhaps after adverbs, opens the
// predicate of an impersonal "it seems" and a clause or an infinitive
// follows it ("it seems increasingly likely that …", "it may seem unfair
// to …", "it seemed certain the bill would pass"): the adjective is part
// of the hedged content, as annotators mark it. Otherwise -1.
func (x *extractor) extraposed(i, end int) int {
	d := x.d
	j := i
	for j < end && syntax.POS(d, j) == "ADV" {
		j++
	}
	if j+1 >= end || syntax.POS(d, j) != "ADJ" {
		return -1
	}
	switch n := d.Tokens[j+1].Lower; {
	case n == "that" && syntax.POS(d, j+1) == "SCONJ", n == "to" && syntax.POS(d, j+2) != "DET" && j+2 < end:
		return i
	case x.clauseFollows(j+1, end):
		return i
	}
	return -1
}

// opensClause reports whether a clause starts at i: a subject and its verb
// (also two subjects joined by "and"), or a subordinator that opens an
// adverbial clause before the subject ("that when the vote comes, …").
func (x *extractor) opensClause(i, end int) bool {
	d := x.d
	if x.clauseFollows(i, end) {
		return true
	}
	switch d.Tokens[i].Lower {
	case "when", "if", "while", "because", "after", "before", "although", "though", "once", "unless", "since":
		return true
	}
	e := syntax.NounPhraseStartingAt(d, i, true)
	return e > i && e+1 < end && d.Tokens[e].Lower == "and" && x.clauseFollows(e+1, end)
}

// seemsPredicate handles the hedge on a predicate: "the mayor seemed
// relieved", "the plan appears doomed", "the race seems like a rout",
// "the crowd seemed as if it might leave". The content is the subject with
// the predicate, the cue (with its auxiliaries: "may seem", "did not
// appear") left out as cutCue splits it; there is no source. A verb of
// appearance with a place or time after it ("appeared on television",
// "appeared in court") is no hedge, and neither is one without a subject
// of its own.
func (x *extractor) seemsPredicate(first, end int) {
	d := x.d
	for k := first + 1; k+1 < end; k++ {
		if !seemForms[d.Tokens[k].Lower] || syntax.POS(d, k) != "VERB" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		p := x.predicateAt(k+1, end)
		if p < 0 {
			continue
		}
		cs := x.cueStart(k)
		if a, ok := x.seemsStance(k, cs, p, end); ok {
			x.add(a)
			continue
		}
		c := x.hedgedSubject(k, cs, first)
		if c < 0 || x.used[c] || x.inQuote[c] != 0 {
			continue
		}
		switch d.Tokens[c].Lower {
		case "them", "him", "me", "us", "what":
			// "made them seem credible": an object, not the verb's
			// subject; "what seemed clear was …": the clause is the
			// subject of another verb.
			continue
		}
		e := x.contentEnd(k+1, end)
		if e <= p {
			continue
		}
		x.add(x.mk(srcSpan{}, d.TokenSpan(cs, k+1), d.TokenSpan(c, e), doc.Indirect))
	}
}

// predicateAt returns where the predicate after a verb of appearance ends
// its opening adverbs, when it is an adjective ("seemed relieved" tagged as
// a participle too), "like" or "as if"/"as though"; otherwise -1.
func (x *extractor) predicateAt(i, end int) int {
	d := x.d
	for i < end && syntax.POS(d, i) == "ADV" && d.Tokens[i].Lower != "as" {
		i++
	}
	if i+1 >= end {
		return -1
	}
	t := &d.Tokens[i]
	switch {
	case t.Lower == "like":
		return i
	case t.Lower == "as" && (d.Tokens[i+1].Lower == "if" || d.Tokens[i+1].Lower == "though"):
		return i
	case syntax.POS(d, i) == "ADJ":
		if n := &d.Tokens[i+1]; n.POS == "NOUN" && n.Lower == n.Text {
			// "appear next time", "appeared live television": the
			// adjective opens a noun phrase, not a predicate.
			return -1
		}
		return i
	case syntax.POS(d, i) == "VERB" && t.Tag == "VBN":
		return i
	}
	return -1
}

// hedgedSubject returns the first token of the subject of verb k, whose
// cue starts at cs: its nsubj's phrase by the parse, else the noun phrase
// right before the cue; -1 when there is none, or when the subject is the
// dummy "it" of an impersonal hedge (itSeems).
func (x *extractor) hedgedSubject(k, cs, first int) int {
	d := x.d
	if d.Tokens[k].Dep != "" {
		h := syntax.Child(d, k, "nsubj", "nsubj:pass")
		if h < first || h >= cs {
			return -1
		}
		s, _ := syntax.Subtree(d, h)
		return s
	}
	if cs-1 < first {
		return -1
	}
	s := syntax.NounPhraseEndingAt(d, cs-1)
	if s < first || s < 0 {
		return -1
	}
	return s
}

// seemsStance reads a stance adjective after a verb of appearance as the
// subject's own stance, as with a copula (adjectives): "the mayor seemed
// hopeful that the bridge would reopen", "the voters appeared pleased
// with the result". The subject is the source, the verb, the adjective and
// its preposition the cue. It needs the parse.
func (x *extractor) seemsStance(k, cs, p, end int) (doc.Attribution, bool) {
	d := x.d
	if d.Tokens[k].Dep == "" || !adjCues[d.Tokens[p].Lower] {
		return doc.Attribution{}, false
	}
	j := syntax.Child(d, k, "nsubj")
	if j < 0 || j >= cs {
		return doc.Attribution{}, false
	}
	src, ok := x.adjSource(j, cs)
	if !ok {
		return doc.Attribution{}, false
	}
	if w := d.Tokens[p].Lower; (w == "certain" || w == "sure") && p+1 < end && d.Tokens[p+1].Lower == "to" {
		// "seemed certain to lose": a likelihood, the writer's hedge.
		return doc.Attribution{}, false
	}
	ce, c, e, ok := x.adjContent(p, end)
	if !ok {
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(cs, ce), d.TokenSpan(c, e), doc.Indirect), true
}

// infinitiveCue reports whether the infinitive at i after "seems to" is
// itself a verb of saying, thinking or judging ("seemed to confirm the
// charge", "appeared to insinuate that …"): annotators then read one
// attribution, the subject's, with the hedge in its cue, not the writer's
// hedge.
func (x *extractor) infinitiveCue(i, end int) bool {
	d := x.d
	if i >= end || syntax.POS(d, i) != "VERB" {
		return false
	}
	l := lexLemma(&d.Tokens[i])
	return parseCueLemmas[l] && !parseNonCue[l] && !nonStance[l]
}
