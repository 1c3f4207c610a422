package attrib

import "testing"

// TestPassiveAgentIsSource checks that a passive cue with an agent takes
// the agent as its source and its subject as content.
func TestPassiveAgentIsSource(t *testing.T) {
	cases := []wantLines{
		{"a passive with an agent",
			"Mayor Okafor was criticized by Senator Dana Lee.",
			[]string{"Senator Dana Lee | was criticized | Mayor Okafor | indirect"}},
		{"an agent named by a noun for people",
			"Mayor Okafor has been called reckless by the city's auditors.",
			[]string{"the city's auditors | has been called | Mayor Okafor | indirect"}},
		{"a passive without an agent keeps no source",
			"Okafor was asked to name a single example.",
			[]string{"∅ | was asked | to name a single example | indirect"}},
	}
	checkLines(t, cases)
}
