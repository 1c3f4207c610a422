package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// cueOccasion widens a cue that closes its sentence after the content over
// the occasion phrase that ends the sentence: `"…," the mayor said in a
// statement.` — the cue is "said in a statement". Annotators mark the medium
// as part of the act of saying there (PolNeAR train about 40 times in 65);
// where the content follows ("said in a statement that …") or the phrase
// runs on ("in an interview with the Ledger on Monday") they are split
// evenly, and the cue is left alone.
func (x *extractor) cueOccasion(a *doc.Attribution) {
	d := x.d
	l := d.TokenAt(a.Cue.End - 1)
	if l < 0 || a.Content.Start > a.Cue.Start || len(a.Parts) > 0 {
		return
	}
	e, ok := x.occasionTail(l + 1)
	if !ok {
		return
	}
	x.setCue(a, d.Span(a.Cue.Start, d.Tokens[e-1].End))
}

// occasionTail reports whether the tokens from p to the end of the sentence
// are an "in" phrase naming an occasion of speaking ("in a statement", "in
// a phone interview", "in her blog post") and returns where the phrase
// ends.
func (x *extractor) occasionTail(p int) (int, bool) {
	d := x.d
	if p >= len(d.Tokens) || d.Tokens[p].Lower != "in" || syntax.POS(d, p) != "ADP" || x.inQuote[p] != 0 {
		return 0, false
	}
	_, lim := x.sentBounds(p)
	e := p + 1
	for e < lim && e <= p+4 && !isFinal(d.Tokens[e].Text) && !syntax.IsQuote(d.Tokens[e].Text) {
		switch syntax.POS(d, e) {
		case "DET", "PRON", "ADJ", "NOUN", "PROPN":
		default:
			return 0, false
		}
		e++
	}
	if e == p+1 || !occasionNouns[d.Tokens[e-1].Lower] {
		return 0, false
	}
	if e < lim && !isFinal(d.Tokens[e].Text) && !syntax.IsQuote(d.Tokens[e].Text) {
		return 0, false
	}
	return e, true
}

// cueFinalAdverb widens a cue that closes its sentence after the content
// over a lone adverb that ends the sentence: `"…," Reyes said recently.`,
// "she said then.", "he said aloud." With nothing else after the verb the
// adverb can only qualify the act of saying, and PolNeAR keeps it in the
// cue (train 9 times in 10). A connective ("too", "however") qualifies the
// clause and stays out; so does an adverb before a content that follows,
// where times are left out (see timeAdverbs).
func (x *extractor) cueFinalAdverb(a *doc.Attribution) {
	d := x.d
	l := d.TokenAt(a.Cue.End - 1)
	j := l + 1
	if l < 0 || a.Content.Start > a.Cue.Start || len(a.Parts) > 0 || j+1 >= len(d.Tokens) {
		return
	}
	t := &d.Tokens[j]
	if syntax.POS(d, j) != "ADV" || x.inQuote[j] != 0 || t.Sent != d.Tokens[l].Sent || clauseAdverbs[t.Lower] {
		return
	}
	if _, lim := x.sentBounds(j); j+1 < lim && !isFinal(d.Tokens[j+1].Text) {
		return
	}
	x.setCue(a, d.Span(a.Cue.Start, t.End))
}

// clauseAdverbs qualify the sentence or tie it to the one before rather
// than the act of saying.
var clauseAdverbs = map[string]bool{"too": true, "also": true, "though": true, "however": true, "either": true,
	"anyway": true, "so": true, "not": true, "n't": true, "yet": true, "still": true}
