package attrib

import "testing"

// TestStanceInfinitiveStops checks that a stance noun's infinitive stops
// before the main verb of the sentence, even when the parse runs it on.
func TestStanceInfinitiveStops(t *testing.T) {
	checkLines(t, []wantLines{
		{"the infinitive tied to the noun",
			"Her vow to reopen the library won her many votes.",
			[]string{"Her | vow | to reopen the library | indirect"}},
		{"the infinitive runs into the main verb",
			"The airline's promise to refund tickets helped calm its customers.",
			[]string{"The airline's | promise | to refund tickets | indirect"}},
	})
}
