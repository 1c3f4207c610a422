package attrib

import "testing"

// TestCallElsewhere checks that "call" in a phrasal verb, an idiom or a
// compound noun reports nothing, while "call for" and a label pinned on
// someone stay cues.
func TestCallElsewhere(t *testing.T) {
	checkLines(t, []wantLines{
		{"called off",
			`The two brewers called off their merger after the regulator objected.`,
			nil},
		{"calls into question",
			`The audit calls into question the accounts of the rowing club.`,
			nil},
		{"called to mind",
			`The flooded square called to mind the storm of a decade ago.`,
			nil},
		{"call centers",
			`Staff walked out of the warehouses and call centers during the strike.`,
			nil},
		{"a phone call ending the sentence",
			`After the count, Moreau called Halvorsen.`,
			nil},
		{"what someone called a label",
			`The clash began with what officers called a planned ambush.`,
			[]string{`officers | called | a planned ambush | indirect`}},
		{"a phone call with a time",
			`The minister called both rivals Tuesday night.`,
			nil},
		{"a label stays a cue",
			`Moreau called Halvorsen reckless during the debate.`,
			[]string{`Moreau | called | Halvorsen reckless during the debate | indirect`}},
		{"call for stays a cue",
			`The nurses' union called for a pay rise of nine percent.`,
			[]string{`The nurses' union | called for | a pay rise of nine percent | indirect`}},
	})
}
