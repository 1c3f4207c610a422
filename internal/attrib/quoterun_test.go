package attrib

import "testing"

// TestQuoteRunPastCueTail checks that a quotation split by its attribution
// keeps the speaker when words other than the cue's bare adjuncts follow
// the cue: a topic, a hearer, or a conjunction opening the next sentence.
func TestQuoteRunPastCueTail(t *testing.T) {
	checkLines(t, []wantLines{
		{"a topic after the cue",
			"\"The harbour needs a new crane,\" the port director said of the budget, \"and the old one cannot be repaired.\"",
			[]string{"the port director | said | \"The harbour needs a new crane,\" | direct",
				"the port director | said | \"and the old one cannot be repaired.\" | direct"}},
		{"a hearer and a time before the next sentence (joined before too)",
			"\"The beds are full every night,\" the shelter manager told a local radio station last week. \"The waiting list keeps growing.\"",
			[]string{"the shelter manager | told | \"The beds are full every night,\" | direct",
				"the shelter manager | told | \"The waiting list keeps growing.\" | direct"}},
		{"a conjunction opens the next sentence",
			"\"We are not worried about the rain,\" the festival organiser said on Friday. But \"the main stage will need a roof by June.\"",
			[]string{"the festival organiser | said | \"We are not worried about the rain,\" | direct",
				"the festival organiser | said | \"the main stage will need a roof by June.\" | direct"}},
		{"a clause with its own verb after the cue",
			"\"The fares must rise,\" the treasurer said as the commuters booed, \"because the subsidy ends in May.\"",
			[]string{"the treasurer | said | \"The fares must rise,\" | direct",
				"∅ |  | \"because the subsidy ends in May.\" | direct"}},
	})
}
