package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// tailTag handles a report tag that closes its sentence after a comma where
// the other rules cannot read the speaker: "…, an aide close to Mayor Diaz
// said.", "…, people briefed on her plans said.", "…, the Dover Tribune
// reports." The surface scan stops at the preposition inside the speaker's
// phrase and the parser often leaves the verb without a subject (or the
// tagger reads "reports" as a noun), yet a reporting verb form that ends the
// sentence after a phrase that can hold a view is a tag: the phrase is the
// source and everything before the comma the content.
func (x *extractor) tailTag(first, end int) {
	d := x.d
	k, cs := x.tailCue(first, end)
	if k < 0 {
		return
	}
	c := cs - 1
	for c > first && d.Tokens[c].Text != "," && !x.closesQuote(c) {
		if !x.tagSourceWord(c) || cs-c > 12 {
			return
		}
		c--
	}
	// `"…," the Ledger reported.`: the content keeps the quotation's
	// closing mark.
	ce, quoted := c, x.closesQuote(c)
	if quoted {
		ce = c + 1
	}
	if c <= first+2 || c+1 >= cs || !x.canHoldView(c+1, cs) || x.claimed(c+1, cs) || !quoted && x.inQuoteRange(first, c) {
		return
	}
	if !x.hasClause(first, c) {
		return
	}
	x.add(x.mk(srcSpan{c + 1, cs}, d.TokenSpan(cs, k+1), d.TokenSpan(first, ce), doc.Indirect))
	x.mark(c+1, k+1)
}

// closesQuote reports whether token i is a quotation's closing mark after a
// comma: `…exceptions,"`.
func (x *extractor) closesQuote(i int) bool {
	d := x.d
	return i > 0 && syntax.IsQuote(d.Tokens[i].Text) && x.inQuote[i-1] != 0 && d.Tokens[i-1].Text == ","
}

// claimed reports whether a token of [f, l) is the source or cue of an
// attribution already kept; tokens that a dropped attribution marked (a
// content that was only a time) are free again.
func (x *extractor) claimed(f, l int) bool {
	d := x.d
	if f >= l {
		return false
	}
	sp := doc.Span{Start: d.Tokens[f].Start, End: d.Tokens[l-1].End}
	for _, a := range x.out {
		if a.Cue.End > a.Cue.Start && a.Cue.Overlaps(sp) || a.Source != nil && a.Source.Overlaps(sp) {
			return true
		}
	}
	return false
}

// tailCue returns the reporting verb form that ends sentence [first, end),
// perhaps with a weekday or "-ly" adverb after it ("the party announced
// Tuesday"), and the start of its cue (auxiliaries and adverbs before it),
// or -1.
func (x *extractor) tailCue(first, end int) (int, int) {
	d := x.d
	k := end - 1
	for k > first && (x.timeEnd(k, end) == end || strings.HasSuffix(d.Tokens[k].Lower, "ly") && syntax.POS(d, k) == "ADV") {
		k--
	}
	if k <= first || x.claimed(k, k+1) || x.inQuote[k] != 0 {
		return -1, -1
	}
	w := d.Tokens[k].Lower
	if cueLemma[w] == "" || strings.HasSuffix(w, "ing") || cueLemma[w] == "put" || x.otherSense(k) {
		return -1, -1
	}
	if syntax.POS(d, k) != "VERB" && !tagNouns[w] {
		// "…, in his home state.", "…, glimmers of hope.": a noun.
		return -1, -1
	}
	return k, x.cueStart(k)
}

// tagSourceWord reports whether token i may sit inside a tag's source
// phrase: anything but a finite verb, a quotation mark or a clause
// boundary ("an aide close to Diaz", "records released on Friday").
func (x *extractor) tagSourceWord(i int) bool {
	d := x.d
	t := &d.Tokens[i]
	if x.inQuote[i] != 0 || syntax.IsQuote(t.Text) {
		return false
	}
	switch t.Lower {
	case ";", ":", "that", "which", "who", "and", "but", "as", "than", "if", "when", "because":
		return false
	}
	if p := syntax.POS(d, i); p == "AUX" || p == "VERB" && t.Tag != "VBN" && t.Tag != "VBG" {
		return false
	}
	return true
}

// hasClause reports whether [first, limit) holds a finite verb: a content
// that states something, not a fronted phrase ("In the latest round, …").
func (x *extractor) hasClause(first, limit int) bool {
	for i := first; i < limit; i++ {
		switch x.d.Tokens[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// tagNouns are verb forms the tagger reads as nouns at the end of a
// sentence ("…, the Dover Tribune reports.") that are tags all the same
// after a comma and a phrase that can hold a view.
var tagNouns = map[string]bool{"reports": true, "says": true, "notes": true, "writes": true, "adds": true}
