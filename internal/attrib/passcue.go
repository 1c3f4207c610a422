package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
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
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "pass" {
			continue
		}
		if x.passiveVerb(k, first) || !x.votersOwn(k, first) || !x.finiteOrPerfect(k, first) || d.Tokens[k].Tag == "VB" {
			continue
		}
		if n := x.lawObject(k, end); n < 0 {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok {
			continue
		}
		x.addPhraseCue(src, k, k+1, k+1, x.voteContentEnd(k+1, end))
	}
}

// lawObject returns the index of the measure noun that heads the object of
// "pass" at k within a few words ("passed a set of measures", "passed its
// own budget"), or -1.
func (x *extractor) lawObject(k, end int) int {
	d := x.d
	for i := k + 1; i < end && i <= k+5; i++ {
		if lawNouns[d.Tokens[i].Lower] {
			return i
		}
		if !x.nounFiller(i) && syntax.POS(d, i) != "NOUN" && syntax.POS(d, i) != "PROPN" && d.Tokens[i].Lower != "of" {
			return -1
		}
	}
	return -1
}
