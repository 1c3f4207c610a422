package attrib

import (
	"strings"
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
// "Update" and "attack" are left out: a software update or a military
// attack is delivered far more often in the news than a spoken one.
var deliverNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`defense defence critique critiques tirade tirades tribute tributes promise
		promises retort indictment rebuke rebukes apology rulings ruling warning warnings
		broadside rebuttal message verdict assessment denunciation condemnation endorsement`) {
		deliverNouns[w] = true
	}
}

// deliverCues adds the attributions of "deliver" with a message noun as
// its object, for sentence [first, end).
func (x *extractor) deliverCues(first, end int) {
	x.actionCues(first, end, actionRule{
		verb:           func(x *extractor, k int) bool { return x.lemmaOf(k) == "deliver" },
		bareParticiple: true,
		side:           (*extractor).deliverSide,
	})
}

// deliverSide returns where the cue of "deliver" at k ends and its content
// starts: after the preposition that names the target ("delivered a
// rebuke of the plan"), or right after the verb; -1 when no stance noun
// heads the object.
func (x *extractor) deliverSide(k, end int) (int, int) {
	n := x.objectHead(k, end, deliverNouns)
	if n < 0 {
		return -1, -1
	}
	if n+2 < end {
		switch x.d.Tokens[n+1].Lower {
		case "of", "against", "on", "about":
			return n + 2, n + 2
		}
	}
	return k + 1, k + 1
}
