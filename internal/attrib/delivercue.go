package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// Delivering a defense, a critique or a warning is saying it, and PolNeAR
// marks it so: "the senator delivered a blistering critique of the
// budget" has the senator as source. When a preposition names the target
// ("a defense of …", "a tirade against …") the phrase through it is the cue
// and the target the content, as makeSpeech does for "made … attacks on";
// otherwise the cue is the verb and the content what was delivered.
// "Delivered a speech" is left out: paid, scheduled and acceptance speeches
// carry no content in the sentence, and were marked only now and then.

// deliverNouns name a message with a stance that "deliver" performs.
var deliverNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`defense defence critique critiques tirade tirades tribute tributes promise
		promises retort indictment rebuke rebukes apology rulings ruling warning warnings attack attacks
		broadside rebuttal message update verdict assessment denunciation condemnation endorsement`) {
		deliverNouns[w] = true
	}
}

// deliverCues adds the attributions of "deliver" with a message noun as
// its object, for sentence [first, end).
func (x *extractor) deliverCues(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "deliver" {
			continue
		}
		if x.passiveVerb(k, first) || !x.votersOwn(k, first) && d.Tokens[k].Tag != "VBG" {
			continue
		}
		n := k + 1
		for n < end && n <= k+5 && !deliverNouns[d.Tokens[n].Lower] && (x.nounFiller(n) || syntax.POS(d, n) == "NOUN") {
			n++
		}
		if n >= end || !deliverNouns[d.Tokens[n].Lower] || x.usedRange(k, n+1) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.canHoldView(src.first, src.limit) {
			continue
		}
		ce, c := k+1, k+1
		if n+2 < end {
			switch d.Tokens[n+1].Lower {
			case "of", "against", "on", "about":
				ce, c = n+2, n+2
			}
		}
		x.addPhraseCue(src, k, ce, c, x.voteContentEnd(c, end))
	}
}
