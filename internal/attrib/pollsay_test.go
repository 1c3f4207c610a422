package attrib

import "testing"

// TestSharesSayWithoutPoll checks that a share of people who say something
// reports their words even when no poll is named nearby, while a share
// that votes or supports still needs one.
func TestSharesSayWithoutPoll(t *testing.T) {
	checkLines(t, []wantLines{
		{"a share that says, no poll named",
			"The marina reopened after the storm. Roughly two in five said the new moorings cost too much.",
			[]string{"Roughly two in five | said | the new moorings cost too much | indirect"}},
		{"a percentage that says, no poll named",
			"Gardeners gathered at the fair. 41% say they water less than they did a decade ago.",
			[]string{"41% | say | they water less than they did a decade ago | indirect"}},
		// Not "voted for": a vote is a stance cue of its own (votecue.go).
		{"a share that chooses, no poll named",
			"In the last election, 52 percent picked the incumbent.",
			nil},
	})
}
