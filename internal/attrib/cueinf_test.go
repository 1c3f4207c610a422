package attrib

import "testing"

// TestCueInfinitive checks that a bare-infinitive cue takes in its "to"
// and the predicate before it, and that a gerund after the preposition
// "to" is left alone.
func TestCueInfinitive(t *testing.T) {
	cases := []wantLines{
		{"likely to",
			"Farmers in the valley are more likely to say that the drought is over.",
			[]string{"Farmers in the valley | are more likely to say | that the drought is over | indirect"}},
		{"willing to",
			"The ferry operator was not willing to say whether fares would rise.",
			[]string{"The ferry operator | was not willing to say | whether fares would rise | indirect"}},
		{"near miss: a gerund after the preposition to",
			"The mayor turned to praising the rescue crews.",
			[]string{"The mayor | praising | the rescue crews | indirect"}},
	}
	checkLines(t, cases)
}
