package attrib

import "testing"

// TestMakeSpeech checks "make" with a noun of saying as a cue, and the
// phrases that are no report.
func TestMakeSpeech(t *testing.T) {
	checkLines(t, []wantLines{
		{"statements about a topic",
			"The mayor made three angry statements about the levy.",
			[]string{"The mayor | made three angry statements about | the levy | indirect"}},
		{"an observation with a clause",
			"Ortiz made the remark that the bridge was unsafe.",
			[]string{"Ortiz | made the remark | that the bridge was unsafe | indirect"}},
		{"veiled attacks on a record",
			"Lee has made veiled attacks on the audit.",
			[]string{"Lee | has made veiled attacks on | the audit | indirect"}},
		{"the bare phrase points back to words already reported",
			"Diaz made the comments on Monday.",
			nil},
		{"attacks on a place are no speech",
			"The army has made nightly attacks on the port.",
			nil},
		{"promises on a trail: the place is no content",
			"The candidate made promises on the campaign trail.",
			nil},
		{"a noun that is no speech",
			"The bakery made a loaf for every guest.",
			nil},
	})
}
