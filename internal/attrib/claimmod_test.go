package attrib

import "testing"

// TestClaimModifiers checks a possessor's claim with adjectives before the
// noun: they join the cue.
func TestClaimModifiers(t *testing.T) {
	checkLines(t, []wantLines{
		{"an adjective before the claim",
			"Reporters checked the mayor's earlier assurance that the bridge was safe.",
			[]string{"the mayor's | earlier assurance | that the bridge was safe | indirect"}},
		{"two modifiers before the assertion",
			"Few believed Ortiz's bold new assertion that the dam had been repaired.",
			[]string{"Ortiz's | bold new assertion | that the dam had been repaired | indirect"}},
	})
}
