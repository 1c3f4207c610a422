package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// A report tag that closes its sentence after a comma reports the whole
// sentence before it, even where that sentence holds a report of its own:
// "The Ortiz team said its nominee would tour Dover, KLND reported."
// is KLND's report of what the campaign said. The parse hangs the tag's
// verb inside the inner report's clause, so dropNested would take it for a
// nested cue; PolNeAR marks both, and the inner content stops at the tag.

// closingTag reports whether attribution a is such a closing tag — ",
// KLND reported [late Thursday]." or ", said Lena Ortiz, a nurse." — with
// its content before the tag, and returns the token where a content that
// runs over the tag must end: the comma, or just after the closing
// quotation mark of `"…," the Ledger reported.`.
func (x *extractor) closingTag(a doc.Attribution) (int, bool) {
	d := x.d
	if a.Source == nil || a.Cue.End <= a.Cue.Start {
		return 0, false
	}
	cs, ce := d.TokenAt(a.Cue.Start), d.TokenAt(a.Cue.End-1)+1
	ss, se := d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)+1
	if cs < 2 || ss < 2 || ce <= cs || se <= ss {
		return 0, false
	}
	_, limit := x.sentBounds(cs)
	var open, rest int
	switch {
	case se == cs:
		open, rest = ss, ce // ", KLND reported."
	case ss == ce:
		open, rest = cs, se // ", said Lena Ortiz, a nurse."
	default:
		return 0, false
	}
	cut := open - 1
	if x.closesQuote(cut) {
		cut = open // `"…," the Ledger reported.`: the quotation keeps its mark
	} else if d.Tokens[cut].Text != "," {
		return 0, false
	}
	if !x.onlyTail(rest, limit) || a.Content.End > d.Tokens[open-1].End {
		return 0, false
	}
	return cut, true
}

// onlyTail reports whether tokens [i, limit) are only a time, adverbs and
// the sentence's closing punctuation: "late Thursday.", "on Tuesday.".
func (x *extractor) onlyTail(i, limit int) bool {
	d := x.d
	for i < limit {
		t := &d.Tokens[i]
		switch {
		case isFinal(t.Text) || syntax.IsQuote(t.Text) && x.inQuote[i] == 0:
			i++
		case x.timeEnd(i, limit) > i:
			i = x.timeEnd(i, limit)
		case t.Lower == "on" || syntax.POS(d, i) == "ADV":
			i++
		default:
			return false
		}
	}
	return true
}

// cutAtTags ends every content that runs over a closing tag before it:
// "The Ortiz team said | its nominee would tour Dover |, KLND reported."
// The cut content's kind is read again, since the words it lost may have
// been all that made it mixed.
func (x *extractor) cutAtTags() {
	d := x.d
	for _, a := range x.out {
		cut, ok := x.closingTag(a)
		if !ok {
			continue
		}
		for j := range x.out {
			b := &x.out[j]
			if len(b.Parts) > 0 || b.Content.Start > a.Cue.Start || b.Content.End < a.Cue.End {
				continue
			}
			if f := d.TokenAt(b.Content.Start); f >= 0 && f < cut {
				b.Content = d.TokenSpan(f, cut)
				b.Kind = x.kindAfterCut(b.Kind, f, cut)
			}
		}
	}
}

// kindAfterCut returns the kind of a content cut down to tokens [f, l): a
// mixed content left with nothing but quoted words is direct, and one left
// with none is indirect. Other kinds (direct, according to) stay.
func (x *extractor) kindAfterCut(k string, f, l int) string {
	if k != doc.Mixed && k != doc.Indirect {
		return k
	}
	quoted, plain := false, false
	for i := f; i < l; i++ {
		switch {
		case x.inQuote[i] != 0:
			quoted = true
		case !isQuoteMark(x.d.Tokens[i].Text) && x.d.Tokens[i].Text != ",":
			plain = true
		}
	}
	switch {
	case quoted && !plain:
		return doc.Direct
	case quoted:
		return doc.Mixed
	}
	return doc.Indirect
}
