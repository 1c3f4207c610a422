package attrib

import "testing"

// TestTrailingParticiple checks that a participle clause after a reported
// clause is the speaker's, even where the parser hangs it on the reported
// clause's verb.
func TestTrailingParticiple(t *testing.T) {
	cases := []wantLines{
		{"a participle after the reported clause takes the cue's subject",
			"Lee said the deal was fair, hinting at a second round of talks.",
			[]string{"Lee | said | the deal was fair | indirect", "Lee | hinting at | a second round of talks | indirect"}},
		{"a participle on the main verb",
			"The governor spoke to reporters on Friday, commenting on the flooding in the valley.",
			[]string{"The governor | commenting on | the flooding in the valley | indirect"}},
		{"a participle that reports nothing is no cue (the content stops before it, as PolNeAR marks it)",
			"Lee said the plant would close, leaving 300 workers without jobs.",
			[]string{"Lee | said | the plant would close | indirect"}},
	}
	checkLines(t, cases)
}
