package attrib

import "testing"

// TestDeliverCues checks "deliver" with a message of stance as a cue, and
// the deliveries that report nothing.
func TestDeliverCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"a critique of a target",
			"Councilor Brandt delivered a sharp critique of the stadium deal.",
			[]string{"Councilor Brandt | delivered a sharp critique of | the stadium deal | indirect"}},
		{"a promise with an infinitive",
			"The governor delivered a firm promise to reopen the rail line.",
			[]string{"The governor | delivered | a firm promise to reopen the rail line | indirect"}},
		{"parcels carry no message",
			"The courier delivered three parcels to the clinic.",
			nil},
		{"a speech with no content",
			"The senator delivered a speech in Dayton on Monday.",
			nil},
	})
}
