package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// speechNouns name an act of saying or judging that "make" performs:
// "made three statements about the levy", "made the remark that …", "has
// made veiled attacks on the audit".
// lightCues lists a few fixed phrases with "make"; these take any
// determiners and adjectives before the noun.
var speechNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`statement statements comment comments remark remarks allegation
		allegations accusation accusations charge charges claim claims observation observations argument
		arguments announcement announcements reference references promise promises pledge pledges
		commitment commitments plea pleas prediction predictions suggestion suggestions apology
		apologies threat threats demand demands request requests appeal appeals attack attacks
		criticism criticisms joke jokes assertion assertions vow vows`) {
		speechNouns[w] = true
	}
}

// makeSpeech adds "make" + a speech noun as a cue when a topic or a "that"
// clause follows the noun: the phrase through the preposition is the cue
// and what follows the content ("made veiled attacks on | the audit",
// "made the remark | that …"). Measured on PolNeAR and left
// out: the bare phrase ("made the comments": mostly words reported before,
// about 7 right in 22 on train) and "to", "at", "of" after the noun (the
// hearer or the place: "made a plea to the crowd").
func (x *extractor) makeSpeech(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "make" {
			continue
		}
		n := k + 1
		for n < end && n <= k+4 && !speechNouns[d.Tokens[n].Lower] && x.nounFiller(n) {
			n++
		}
		if n+1 >= end || !speechNouns[d.Tokens[n].Lower] || x.usedRange(k, n+1) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.canHoldView(src.first, src.limit) {
			continue
		}
		var ce, c int
		switch w := d.Tokens[n+1].Lower; {
		case w == "that":
			ce, c = n+1, n+1
		case w == ":":
			ce, c = n+2, n+2
		case speechPreps[w] && x.timeEnd(n+2, end) < 0:
			ce, c = n+2, n+2
		default:
			// "made the comments", "made his remarks": mostly a phrase
			// that points back to words reported before.
			continue
		}
		x.addPhraseCue(src, k, ce, c, x.contentEnd(c, end))
	}
}

// speechPreps open the topic or target of a speech noun.
var speechPreps = map[string]bool{"about": true, "on": true, "against": true, "for": true, "over": true}

// nounFiller reports whether token i may stand between "make" and its noun:
// a determiner, numeral, adjective or adverb ("several", "veiled",
// "thinly coded").
func (x *extractor) nounFiller(i int) bool {
	switch syntax.POS(x.d, i) {
	case "DET", "NUM", "ADJ", "ADV", "PRON":
		return true
	case "VERB":
		return x.d.Tokens[i].Tag == "VBN" // "veiled"
	}
	return false
}
