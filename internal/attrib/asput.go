package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// asTrailing reads a report that closes its sentence as an aside: "The
// fee covers the cost of the ferry, as a council memo put
// it." and "…, as The Post reported on Sunday." The clause before the
// comma is the content; asReported reads the same aside when it opens the
// sentence.
func (x *extractor) asTrailing(first, end int) {
	d := x.d
	for a := first + 3; a+2 < end; a++ {
		if d.Tokens[a].Lower != "as" || x.inQuote[a] != 0 || x.used[a+1] {
			continue
		}
		comma := a - 1
		if syntax.IsQuote(d.Tokens[comma].Text) && d.Tokens[comma-1].Text == "," {
			// `… income," as a memo put it.`
			comma--
		}
		if d.Tokens[comma].Text != "," {
			continue
		}
		e := syntax.NounPhraseStartingAt(d, a+1, true)
		if e <= a+1 || e >= end {
			continue
		}
		c := e
		for c < end && c < e+3 && syntax.POS(d, c) == "ADV" {
			c++
		}
		if c >= end || !x.isCue(c) || x.used[c] {
			continue
		}
		ce := x.cueEnd(c)
		if !x.restIsTail(ce, end) || end-ce > 10 || x.ownObject(c, ce, end) {
			continue
		}
		if !x.canHoldView(a+1, e) {
			continue
		}
		cf := first
		for cf < comma && d.Tokens[cf].Text == "," {
			cf++
		}
		ct := comma
		if ct < a-1 {
			ct = a // the closing quotation mark stays with its words
		}
		if ct-cf < 3 {
			continue
		}
		x.add(x.mk(srcSpan{a + 1, e}, d.TokenSpan(x.cueStart(c), ce), d.TokenSpan(cf, ct), doc.Indirect))
		return
	}
}

// ownObject reports whether the cue at c, ending at ce, has an object or a
// clause of its own ("as the mayor announced the winners"): then the
// clause before the comma is not what it reports, only a time, an adverb
// or a hearer may follow it ("as the paper reported on Sunday").
func (x *extractor) ownObject(c, ce, end int) bool {
	d := x.d
	for _, ch := range x.children(c) {
		if ch >= ce && depIs(d.Tokens[ch].Dep, "obj", "iobj", "ccomp", "xcomp") && !isTimeWord(d.Tokens[ch].Lower) {
			return true
		}
	}
	if ce < end {
		switch syntax.POS(d, ce) {
		case "DET", "NOUN", "PROPN", "NUM", "PRON":
			return !isTimeWord(d.Tokens[ce].Lower)
		}
	}
	return false
}
