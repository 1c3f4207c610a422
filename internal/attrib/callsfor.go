package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// callsFor reads the plural noun "calls for" as a cue even without a
// possessor ("renewed Republican calls for an inquiry", "amid calls for
// a recount", "these calls for more troops"): news uses it for demands
// voiced by a group, and PolNeAR marks it so. The cue is "calls for", the
// content the noun phrase after "for" (with a to-infinitive that follows
// it), and the source a name or group adjective right before "calls", if
// any. A possessor ("her calls for") is left to possNominal.
func (x *extractor) callsFor(first, end int) {
	d := x.d
	for k := first + 1; k+2 < end; k++ {
		if d.Tokens[k].Text != "calls" || d.Tokens[k+1].Lower != "for" || d.Tokens[k].POS != "NOUN" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		if p := d.Tokens[k-1]; p.POS == "PRON" || p.POS == "NOUN" || isPossessive(p.Lower) {
			// "her calls for" is possNominal's; after a common noun,
			// "the chairman calls for" is more likely a verb the tagger
			// missed, as in a lower-case headline.
			continue
		}
		c := k + 2
		e := syntax.NounPhraseStartingAt(d, c, true)
		if e <= c {
			continue
		}
		if e+1 < end && d.Tokens[e].Lower == "to" && d.Tokens[e+1].POS == "VERB" {
			for e < end && d.Tokens[e].Text != "," && d.Tokens[e].Text != "." {
				e++
			}
		}
		src := srcSpan{}
		if p := d.Tokens[k-1]; p.POS == "PROPN" || p.POS == "ADJ" && isUpper(p.Text) {
			src = srcSpan{k - 1, k}
		}
		x.add(x.mk(src, d.TokenSpan(k, k+2), d.TokenSpan(c, e), doc.Indirect))
		x.mark(k, k+2)
	}
}
