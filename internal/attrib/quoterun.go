package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// A speaker's quotation is often split by the attribution, and the words
// after the cue are not always the cue's bare adjuncts: `"A," she said of
// the merger, "B."`, `"A," he told the council on Monday. "B."`, `"A," the
// minister said. But "B."`. News writers mean one speaker throughout, and
// PolNeAR marks one relation whose content takes in both quotations. The
// two helpers below let quoteBefore look past such words.

// cueTail reports whether token k belongs to the rest of the sentence of
// b's cue after the cue, with no verb from the cue up to k: a hearer, a
// topic ("of the merger"), a time or a place, or an appositive of the
// source. A verb would start a clause that may have its own speaker.
func (x *extractor) cueTail(b doc.Attribution, k int) bool {
	d := x.d
	c := d.TokenAt(b.Cue.End - 1)
	if c < 0 || k <= c || d.Tokens[k].Sent != d.Tokens[c].Sent {
		return false
	}
	for j := c + 1; j <= k; j++ {
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" || x.inQuote[j] != 0 {
			return false
		}
	}
	return true
}

// quoteOpener reports whether token k is a conjunction or adverb that
// opens the sentence of attribution a's quotation right before it ("But",
// "And", "Still").
func (x *extractor) quoteOpener(k int, a doc.Attribution) bool {
	d := x.d
	if !x.startsSentence(k) || k+1 >= len(d.Tokens) || d.Tokens[k+1].Start != a.Content.Start {
		return false
	}
	switch syntax.POS(d, k) {
	case "CCONJ", "ADV":
		return true
	}
	return false
}
