package attrib

import "testing"

// TestStanceNounOtherSenses checks "call for" and "support of" in senses
// that hold no view: a cry for aid, an umpire's ruling, money given.
func TestStanceNounOtherSenses(t *testing.T) {
	checkLines(t, []wantLines{
		{"a call for a policy",
			"The senator's call for a ferry subsidy was ignored by the council.",
			[]string{"The senator's | call for | a ferry subsidy | indirect"}},
		{"a cry for aid",
			"The climber's call for help reached the rangers after dark.",
			nil},
		{"an umpire's ruling",
			"The umpire's call for a foul stunned the visiting bench.",
			nil},
		{"money given",
			"The brewery's support of youth football dates back to 1990.",
			nil},
	})
}
