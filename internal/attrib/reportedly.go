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
// adverb joins that cue instead. On PolNeAR train 18 of the 27 uses are
// annotated.
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
		c := first
		if s := syntax.Child(d, v, "nsubj", "nsubj:pass"); s >= first && s < k {
			c, _ = syntax.Subtree(d, s)
		}
		if c >= k || x.used[c] {
			continue
		}
		e := x.contentEnd(c, end)
		if e <= k+1 {
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
