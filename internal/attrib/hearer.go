package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// hearerFollows reports whether the phrase right after cue k is its
// hearer, not an inverted speaker: after "told" or "telling" it is the one
// told (`"…," Ramos told the Ledger`, `…, telling reporters …`), so the inverted
// reading (`"…," said Ramos`) must not take it as the source.
func (x *extractor) hearerFollows(k int) bool {
	return cueLemma[x.d.Tokens[k].Lower] == "tell"
}

// asideSpeaker reads `"…," Ramos, 58, told the Ledger` and `"…," Okafor, who
// has not backed a side, said`: a speaker after a quotation whose name is
// followed by an aside between commas that the appositive scan does not
// close (an age, a relative clause), then a cue of saying. The name through
// the closing comma is the source, as PolNeAR marks such asides; [i, end)
// is the name.
func (x *extractor) asideSpeaker(i, end int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	n := len(d.Tokens)
	if end >= n || d.Tokens[end].Text != "," || !x.canHoldView(i, end) {
		return doc.Attribution{}, false
	}
	_, lim := x.sentBounds(i)
	for c := end + 1; c < lim && c <= end+25; c++ {
		t := d.Tokens[c].Text
		if x.inQuote[c] != 0 || syntax.IsQuote(t) || t == ";" || t == ":" {
			return doc.Attribution{}, false
		}
		if t != "," {
			continue
		}
		cueAt := x.skipAdverbs(c + 1)
		if cueAt >= lim || !x.isCue(cueAt) || !strong[d.Tokens[cueAt].Lower] || x.used[cueAt] {
			continue
		}
		src := x.source(i, c)
		src.limit = c + 1
		return x.mk(src, d.TokenSpan(x.cueStart(cueAt), x.cueEnd(cueAt)), content, doc.Direct), true
	}
	return doc.Attribution{}, false
}
