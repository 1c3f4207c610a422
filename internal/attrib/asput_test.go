package attrib

import "testing"

// TestAsTrailing checks a report that closes its sentence as an aside.
func TestAsTrailing(t *testing.T) {
	cases := []wantLines{
		{"as a memo put it",
			"The main test is a lawful source of income, as a county memo put it.",
			[]string{"a county memo | put it | The main test is a lawful source of income | indirect"}},
		{"as a paper reported",
			"The ferry had been sold twice before, as The Harbor Courier reported on Sunday.",
			[]string{"The Harbor Courier | reported | The ferry had been sold twice before | indirect"}},
		{"a long leading aside",
			"As Mayor Okafor put it in a statement to reporters at the pier on Monday, the ferry will run again.",
			[]string{"Mayor Okafor | put it | the ferry will run again | indirect"}},
		{"a cue with its own object reports that, not the clause before",
			"The crowd cheered loudly, as the mayor announced the winners.",
			[]string{"the mayor | announced | the winners | indirect"}},
		{"as a comparison is no report",
			"The pier is as long as the bridge.",
			nil},
	}
	checkLines(t, cases)
}
