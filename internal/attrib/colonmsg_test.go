package attrib

import "testing"

// TestColonMessage checks sentences that name a message and give it after
// a colon.
func TestColonMessage(t *testing.T) {
	checkLines(t, []wantLines{
		{"a verb and its message",
			"The nurses sent the hospital managers a blunt message: the night shifts must be staffed properly.",
			[]string{"The nurses | sent the hospital managers a blunt message: | the night shifts must be staffed properly | indirect"}},
		{"a possessive and its argument",
			"Her argument: the city needs a second bridge before the port expands.",
			[]string{"Her | argument: | the city needs a second bridge before the port expands | indirect"}},
		{"a noun that names no message",
			"The council had three choices: the bridge could be repaired or it could be closed.",
			nil},
		{"a list without a verb is left alone",
			"The union had three demands: higher pay, a longer lunch and a safer ladder.",
			nil},
		{"a quotation after the colon is the quotation pass's",
			"The union had one demand: \"Pay us for the overtime.\"",
			[]string{"The union | had one demand: | \"Pay us for the overtime.\" | direct"}},
	})
}
