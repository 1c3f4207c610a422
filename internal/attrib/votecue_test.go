package attrib

import "testing"

// TestVoteCues checks a vote with a side as a cue, and the votes and
// near-misses that take no position.
func TestVoteCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"voted against a measure",
			"The harbor board voted against the dredging plan.",
			[]string{"The harbor board | voted against | the dredging plan | indirect"}},
		{"a tally between verb and side",
			"The school board voted 5-2 for the later start time.",
			[]string{"The school board | voted 5-2 for | the later start time | indirect"}},
		{"in favor of",
			"Councilwoman Ruiz voted in favor of the bike lanes.",
			[]string{"Councilwoman Ruiz | voted in favor of | the bike lanes | indirect"}},
		{"an infinitive",
			"The library trustees voted to extend the Sunday hours.",
			[]string{"The library trustees | voted | to extend the Sunday hours | indirect"}},
		{"a reason after the side stays out",
			"Senator Okafor voted against the tariff because farmers objected.",
			[]string{"Senator Okafor | voted against | the tariff | indirect"}},
		{"a share in a poll answers, one share at a time",
			"The co-op surveyed its dairy farmers in June. Some 53 percent would vote for Abara and 40 percent would vote for Hollis.",
			[]string{"Some 53 percent | would vote for | Abara | indirect", "40 percent | would vote for | Hollis | indirect"}},
		{"a passive vote chooses, it takes no side",
			"The bakery was voted best in the county for the third year.",
			nil},
		{"a vote with no side",
			"Residents of Millbrook voted early on Tuesday.",
			nil},
		{"a duty is no stance",
			"Pledged electors must vote for the winner of the state.",
			nil},
		{"a reader addressed",
			"You would never vote for a mayor like that.",
			nil},
	})
}
