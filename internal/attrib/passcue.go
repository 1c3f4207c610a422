package attrib

import (
	"strings"
)

// A legislature that passes a bill takes a position on it by vote, and
// PolNeAR marks the act like a vote: the body is the source, "passed" the
// cue and the measure the content. Only a measure as the object counts
// ("passed a resolution", "passed sweeping gun laws"); "passed away",
// "passed the ball" and "passed the test" are no stance, and neither is a
// bill that someone is "expected to pass", "must pass" or "could pass":
// on PolNeAR train such infinitives and modals were marked 2 times in 10.

// lawNouns head the objects of "pass" that are measures voted on.
var lawNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`bill bills law laws measure measures resolution resolutions legislation
		amendment amendments ordinance ordinances budget budgets`) {
		lawNouns[w] = true
	}
}

// passCues adds the attributions of an active, finite "pass" with a
// measure as its object, for sentence [first, end).
func (x *extractor) passCues(first, end int) {
	x.actionCues(first, end, actionRule{
		verb:   func(x *extractor, k int) bool { return x.lemmaOf(k) == "pass" && x.d.Tokens[k].Tag != "VB" },
		finite: true,
		side: func(x *extractor, k, end int) (int, int) {
			if x.objectHead(k, end, lawNouns) < 0 {
				return -1, -1
			}
			return k + 1, k + 1
		},
	})
}
