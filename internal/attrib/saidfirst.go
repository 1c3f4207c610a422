package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// saidFirst reads the inverted lead-in `Said Ana Ruiz, who ran the bakery
// for years, "We never closed on a Sunday."`: the verb opens the sentence,
// the speaker follows it with whatever describes them, and a comma or a
// colon leads into the quotation at open. News uses it for a closing
// voice; the surface rules look for the verb after the speaker.
func (x *extractor) saidFirst(open int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	first, _ := x.sentBounds(open)
	if open-first < 3 || !isUpper(d.Tokens[first].Text) || !tagVerbs[d.Tokens[first].Lower] || d.Tokens[first].Lower == "asked" || d.Tokens[first].Lower == "asks" {
		// "Asked …, she said, "…"": the fronted question, not the speaker.
		return doc.Attribution{}, false
	}
	if t := d.Tokens[open-1].Text; t != "," && t != ":" {
		return doc.Attribution{}, false
	}
	if syntax.NounPhraseStartingAt(d, first+1, true) <= first+1 && !isUpper(d.Tokens[first+1].Text) {
		return doc.Attribution{}, false
	}
	if open-1-(first+1) > 25 || x.inQuoteRange(first+1, open-1) || x.usedRange(first, open-1) {
		return doc.Attribution{}, false
	}
	for j := first + 1; j < open-1; j++ {
		if strong[d.Tokens[j].Lower] && syntax.POS(d, j) == "VERB" {
			// "Said to be …, he added: "…"": the speaker's own verb follows.
			return doc.Attribution{}, false
		}
	}
	return x.mk(x.source(first+1, open-1), d.TokenSpan(first, first+1), content, doc.Direct), true
}
