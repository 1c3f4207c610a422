package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// byVerbs open a turn of speech that "by saying" then fills: "began by
// saying", "responded by saying", "closed by telling".
var byVerbs = map[string]bool{
	"begin": true, "start": true, "open": true, "respond": true, "reply": true, "react": true, "answer": true,
	"continue": true, "end": true, "close": true, "conclude": true, "finish": true, "follow": true,
}

// bySaying reads "The minister responded by saying the figures were
// wrong" and "She began by telling the crowd, "…"": a verb that opens a
// turn, "by", and a gerund of saying. The parser often breaks this chain
// (it hangs "responded" on the subject as a clause of its own), so the
// rule reads the surface: the speaker is the subject before the opening
// verb, and the cue runs from that verb to the gerund, as annotators mark
// it. The content is the quotation or the clause after the gerund.
func (x *extractor) bySaying(first, end int) {
	d := x.d
	for k := first + 3; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || !strings.HasSuffix(d.Tokens[k].Lower, "ing") || !strong[d.Tokens[k].Lower] {
			continue
		}
		b := k - 1
		for b > first && syntax.POS(d, b) == "ADV" {
			// "responded by first saying".
			b--
		}
		h := b - 1
		if d.Tokens[b].Lower != "by" || h <= first || x.used[h] || x.inQuote[h] != 0 || !byVerbs[x.lemmaOf(h)] {
			continue
		}
		src, ok := x.surfaceSubject(h)
		if !ok || src.limit > h || x.usedRange(src.first, src.limit) {
			continue
		}
		c, e, ok := x.bySayingContent(k, end)
		if !ok {
			continue
		}
		x.add(x.mk(src, d.TokenSpan(x.cueStart(h), x.cueEnd(k)), d.TokenSpan(c, e), doc.Indirect))
	}
}

// bySayingContent returns the content after gerund k: a quotation that
// follows it (after a comma or colon) to its closing mark, or else the rest
// of the sentence, which must hold a verb.
func (x *extractor) bySayingContent(k, end int) (int, int, bool) {
	d := x.d
	c := x.cueEnd(k)
	for c < end && (d.Tokens[c].Text == "," || d.Tokens[c].Text == ":") {
		c++
	}
	if c >= end {
		return 0, 0, false
	}
	if syntax.IsQuote(d.Tokens[c].Text) {
		e := c + 1
		for e < len(d.Tokens) && x.inQuote[e] != 0 && !(syntax.IsQuote(d.Tokens[e].Text) && e > c+1 && isCloseMark(d.Tokens[e].Text)) {
			e++
		}
		if e < len(d.Tokens) {
			e++
		}
		return c, e, e-c > 3
	}
	for j := c; j < end; j++ {
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" {
			return c, end, true
		}
	}
	return 0, 0, false
}

// isCloseMark reports whether s can close a quotation: a mark that only
// closes (isCloseOnly) or a straight one that opens and closes.
func isCloseMark(s string) bool { return isCloseOnly(s) || s == "\"" || s == "''" }
