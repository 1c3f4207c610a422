package attrib

import "testing"

// TestHeadlineVerbs checks title-case headlines whose verb the tagger reads
// as part of a name.
func TestHeadlineVerbs(t *testing.T) {
	cases := []wantLines{
		{"a headline's present tense",
			"Senator Ruiz Praises Port Deal",
			[]string{"Senator Ruiz | Praises | Port Deal | indirect"}},
		{"a preposition the verb selects joins the cue",
			"Mayor Okafor Calls for Audit of Bus Fares",
			[]string{"Mayor Okafor | Calls for | Audit of Bus Fares | indirect"}},
		{"a headline before its story",
			"Governor Lund Endorses Tilde Park For Senate\n\nThe governor spoke on Monday.",
			[]string{"Governor Lund | Endorses | Tilde Park For Senate | indirect"}},
		{"a plural noun before the verb is no cue",
			"County Audit Reports Reveal Budget Gap",
			[]string{"County Audit Reports | Reveal | Budget Gap | indirect"}},
		{"a column's name before a colon is no speaker",
			"The Latest: Harbor towns vote on the new levy\n\nVoting began at noon.",
			nil},
		{"an editor's label before a colon is no speaker",
			"CLARIFICATION: An earlier version of this story misstated the date of the vote.\n\nThe vote is on Tuesday.",
			nil},
		{"a tabloid label before a colon is no speaker",
			"BOMBSHELL: Harbor Board Kept Second Audit Secret\n\nThe board did not comment.",
			nil},
		{"a name before a colon is a speaker",
			"Judicial Watch: Port Authority Hid Audit For Years\n\nThe group filed suit.",
			[]string{"Judicial Watch | : | Port Authority Hid Audit For Years | direct"}},
		{"a product recall is no report",
			"Norvik Recalls 40,000 Trucks Over Brake Fault",
			nil},
		{"maintain without a clause is no report",
			"Senator Maintains Lead In Polls",
			nil},
		{"a sports claim is a result",
			"Hometown Team Claims Third Straight Title",
			nil},
		{"a question is no holder",
			"How The Mayor Praises Everyone Running",
			nil},
		{"the hearer of a warning is no content",
			"Police Warns Drivers About Icy Roads",
			[]string{"Police | Warns | About Icy Roads | indirect"}},
		{"a sentence in ordinary case is left to the other rules",
			"The council says the bus fares will rise.",
			[]string{"The council | says | the bus fares will rise | indirect"}},
	}
	checkLines(t, cases)
}
