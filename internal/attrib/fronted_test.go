package attrib

import "testing"

// TestFrontedPhraseIsNoContent checks that a phrase set before the clause
// is no content of a cue that has its own complement.
func TestFrontedPhraseIsNoContent(t *testing.T) {
	cases := []wantLines{
		{"a fronted prepositional phrase",
			"In a newspaper essay last week, Ivanka Lund acknowledged their uphill battle.",
			[]string{"Ivanka Lund | acknowledged | their uphill battle | indirect"}},
		{"a fronted time phrase before an object",
			"On Dec. 15, the task force announced an agreement on monitoring.",
			[]string{"the task force | announced | an agreement on monitoring | indirect"}},
		{"a fronted participle clause",
			"Rattling off plans to fix the harbor, Okafor promised a town of new jobs.",
			[]string{"Okafor | promised | a town of new jobs | indirect"}},
		{"a clause before the cue is still its content",
			"More than 2,000 people fled the town, officials said.",
			[]string{"officials | said | More than 2,000 people fled the town | indirect"}},
	}
	checkLines(t, cases)
}
