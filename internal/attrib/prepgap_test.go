package attrib

import "testing"

// TestPrepCueGaps checks the prepositional cues whose preposition does not
// follow the verb directly: a manner adverb between them, and a gerund
// clause as the preposition's content.
func TestPrepCueGaps(t *testing.T) {
	checkLines(t, []wantLines{
		{"a manner adverb before the preposition",
			"The senator focused heavily on the leaks in the old dam.",
			[]string{"The senator | focused heavily on | the leaks in the old dam | indirect"}},
		{"a gerund clause after the preposition",
			"The senator has talked about building a new dam on the river.",
			[]string{"The senator | has talked about | building a new dam on the river | indirect"}},
		{"a progressive cue with a gerund clause",
			"Several mayors are talking about raising the levy.",
			[]string{"Several mayors | are talking about | raising the levy | indirect"}},
		{"a manner adverb before a question clause",
			"Okafor talked openly about why the harbor closed.",
			[]string{"Okafor | talked openly about | why the harbor closed | indirect"}},
		{"an adverb with no preposition after it is no stance",
			"The crowd cheered loudly.",
			nil},
	})
}
