package attrib

import "github.com/crosscheck-news/crosscheck/internal/syntax"

// A yes/no question put to the reader asks whether the reader holds a
// stance; it says nothing of what anyone holds. "Do you support the levy?"
// attributes no support to anyone. PolNeAR marks a cue in yes/no questions
// about one time in five (5 of 27 on train), and the reader's ones were
// almost all wrong here; questions about a third party ("Did the board
// refuse to …?", "Would Lee vote for …?") were right often enough to keep.
// Verbs of saying are left alone: other rules own those.

// questionAux open an inverted yes/no question.
var questionAux = map[string]bool{"do": true, "does": true, "did": true, "would": true, "will": true,
	"can": true, "could": true, "should": true}

// dropQuestions removes the attributions whose cue is a verb of stance in
// a sentence that is an inverted yes/no question outside any quotation.
func (x *extractor) dropQuestions() {
	d := x.d
	keep := x.out[:0]
	for _, a := range x.out {
		v := x.cueVerb(a.Cue)
		if v >= 0 && !strong[d.Tokens[v].Lower] && x.inReaderQuestion(v) {
			continue
		}
		keep = append(keep, a)
	}
	x.out = keep
}

// inReaderQuestion reports whether token k lies in a sentence that opens
// with an auxiliary and "you" and closes with a question mark, and is not
// itself inside a quotation.
func (x *extractor) inReaderQuestion(k int) bool {
	d := x.d
	first, limit := x.sentBounds(k)
	if x.inQuote[k] != 0 || limit-first < 4 || !questionAux[d.Tokens[first].Lower] {
		return false
	}
	last := limit - 1
	for last > first && syntax.IsQuote(d.Tokens[last].Text) {
		last--
	}
	if d.Tokens[last].Text != "?" {
		return false
	}
	return d.Tokens[first+1].Lower == "you"
}
