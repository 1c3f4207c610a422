package attrib

import "testing"

// TestPassCues checks a legislature passing a measure as a cue, and the
// senses of "pass" that take no position.
func TestPassCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"a body passes a measure",
			"The county assembly passed a resolution banning plastic bags at the beach.",
			[]string{"The county assembly | passed | a resolution banning plastic bags at the beach | indirect"}},
		{"a perfect with a law",
			"Lawmakers in Wellington have passed a new rental law.",
			[]string{"Lawmakers in Wellington | have passed | a new rental law | indirect"}},
		{"a bill still to be passed",
			"The assembly could pass the harbor bill next week.",
			nil},
		{"passing a test",
			"The young pilot passed her final flight exam.",
			nil},
		{"passed away",
			"The former mayor passed away at home on Sunday.",
			nil},
	})
}
