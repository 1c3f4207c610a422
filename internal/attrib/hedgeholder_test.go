package attrib

import "testing"

// TestHedgedHolder checks that a hedge with an infinitive takes its subject
// as the source when the subject can hold a view, and stays the writer's
// sourceless hedge otherwise.
func TestHedgedHolder(t *testing.T) {
	checkLines(t, []wantLines{
		{"expected to act",
			"Councilman Ruiz is expected to reject the ferry contract.",
			[]string{"Councilman Ruiz | is expected | to reject the ferry contract | indirect"}},
		{"appeared to enjoy",
			"Mayor Lindqvist appeared to enjoy the harvest parade.",
			[]string{"Mayor Lindqvist | appeared | to enjoy the harvest parade | indirect"}},
		{"a family that seems to care",
			"The Halvorsen family seems to care more about the orchard than the house.",
			[]string{"The Halvorsen family | seems | to care more about the orchard than the house | indirect"}},
		{"a storm holds no view",
			"The storm seemed to mark the end of the dry season.",
			[]string{"∅ | seemed | The storm | indirect", "∅ | seemed | to mark the end of the dry season | indirect"}},
		{"a dummy subject",
			"It seems to matter little to the growers.",
			[]string{"∅ | seems | It | indirect", "∅ | seems | to matter little to the growers | indirect"}},
	})
}
