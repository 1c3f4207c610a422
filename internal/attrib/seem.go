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
