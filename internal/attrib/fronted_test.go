package attrib

import "testing"

// TestFrontedPhraseIsNoContent checks that a phrase set before the clause
// is no content of a cue that has its own complement.
func TestFrontedPhraseIsNoContent(t *testing.T) {
	cases := []wantLines{
		{"a fronted prepositional phrase",
			"In a newspaper essay last week, Mara Lund acknowledged the long odds.",
			[]string{"Mara Lund | acknowledged | the long odds | indirect"}},
		{"a fronted time phrase before an object",
			"On May 9, the harbour board announced a deal on dredging.",
			[]string{"the harbour board | announced | a deal on dredging | indirect"}},
		{"a fronted participle clause",
			"Rattling off plans to fix the harbor, Okafor promised a town of new jobs.",
			[]string{"Okafor | promised | a town of new jobs | indirect"}},
		{"a clause before the cue is still its content",
			"More than 2,000 people fled the town, officials said.",
			[]string{"officials | said | More than 2,000 people fled the town | indirect"}},
	}
	checkLines(t, cases)
}
