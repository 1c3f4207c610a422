package attrib

import "testing"

// TestShowCues checks a document that shows a finding from a distance, and
// the senses of "show" that report nothing.
func TestShowCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"surveys show a share without that",
			"Surveys show as many as 30 percent of the growers ready to sell their land.",
			[]string{"Surveys | show | as many as 30 percent of the growers ready to sell their land | indirect"}},
		{"a person shows up",
			"Mayor Lindqvist showed up late to the ribbon cutting.",
			nil},
		{"a film is shown",
			"The documentary was shown at the library on Friday.",
			nil},
	})
}
