package attrib

import "testing"

// TestReportedly checks the writer's "reportedly" as a cue without a
// source, and on a cue of its own.
func TestReportedly(t *testing.T) {
	checkLines(t, []wantLines{
		{"on a verb that is no cue",
			"Ortiz has reportedly hired a lawyer.",
			[]string{"∅ | reportedly | Ortiz has | indirect", "∅ | reportedly | hired a lawyer | indirect"}},
		{"on a verb of saying it joins that cue",
			"Ortiz reportedly said the harbor would be sold.",
			[]string{"Ortiz | reportedly said | the harbor would be sold | indirect"}},
		{"in a relative clause the content is the clause",
			"Brenn, who reportedly keeps three horses, lives near the lake.",
			[]string{"∅ | reportedly | keeps three horses | indirect"}},
	})
}
