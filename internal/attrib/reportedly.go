package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// reportedly handles the writer's "reportedly" on a verb that is no cue:
// "Ortiz has reportedly hired a lawyer", "the firm was reportedly sold".
// PolNeAR marks the adverb as a cue with no source and the
// clause around it as the content (the cue cut out, as cutCue does for the
// hedges of evidential); on a cue of its own ("reportedly said") the
// adverb joins that cue instead. On PolNeAR train the word occurs 29
// times in the text, and 18 gold cues hold it.
func (x *extractor) reportedly(first, end int) {
	d := x.d
	for k := first + 1; k+1 < end; k++ {
		if d.Tokens[k].Lower != "reportedly" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		v := x.hedgedVerb(k, end)
		if v < 0 || x.isCue(v) || x.parsedCue(v) {
			continue
		}
		c, e, ok := x.hedgedClause(v, k, first, end)
		if !ok || x.used[c] || e <= k+1 {
			continue
		}
		x.add(x.mk(srcSpan{}, d.TokenSpan(k, k+1), d.TokenSpan(c, e), doc.Indirect))
		x.mark(k, k+1)
	}
}

// hedgedVerb returns the verb the adverb at k qualifies: its head in the
// parse, or else the first verb after it past auxiliaries; -1 if none.
func (x *extractor) hedgedVerb(k, end int) int {
	d := x.d
	if h := d.Tokens[k].Head; h >= 0 && h < len(d.Tokens) && d.Tokens[k].Dep != "" {
		if syntax.POS(d, h) == "VERB" {
			return h
		}
		return -1
	}
	for i := k + 1; i < end && i <= k+3; i++ {
		switch syntax.POS(d, i) {
		case "VERB":
			return i
		case "AUX", "ADV", "PART":
			continue
		}
		return -1
	}
	return -1
}

// hedgedClause returns the content [c, e) around "reportedly" at k on verb
// v: from the verb's subject to the end of the clause. In a relative clause
// ("Lee, who reportedly owns a yacht, declined to comment") the content
// is the rest of the clause after the adverb, to the end of the verb's
// subtree or the first comma: the relative pronoun and the main predicate
// are no part of what was reported. ok is false when no subject
// comes before the adverb.
func (x *extractor) hedgedClause(v, k, first, end int) (c, e int, ok bool) {
	d := x.d
	c = first
	s := syntax.Child(d, v, "nsubj", "nsubj:pass")
	if s >= first && s < k {
		c, _ = syntax.Subtree(d, s)
	}
	if c >= k {
		return 0, 0, false
	}
	e = x.contentEnd(c, end)
	if c != s || !isRelPron(d.Tokens[s].Lower) {
		return c, e, true
	}
	_, l := syntax.Subtree(d, v)
	for j := k + 1; j < l; j++ {
		if d.Tokens[j].Text == "," {
			// The comma that closes a clause set off by commas.
			l = j
			break
		}
	}
	return k + 1, min(e, l), true
}
