package attrib

import "testing"

// TestActionCueGuards checks the guards the verbs of acting share
// (actioncue.go): a vote with no side, "cast … as" of time, a measure
// noun that only modifies another noun, deliveries and releases that carry
// no message, and times and tallies at the end of the content.
func TestActionCueGuards(t *testing.T) {
	checkLines(t, []wantLines{
		{"voting for an office takes no side",
			"Marta Quell voted for governor in 2018 but skipped the local races.",
			nil},
		{"voting for a new office-holder takes no side",
			"Tenants will vote for a new sheriff in March.",
			nil},
		{"voting for a length of time",
			"The delegates voted for hours in the cramped gymnasium.",
			nil},
		{"a named candidate is a side",
			"Marta Quell voted for Governor Abara.",
			[]string{"Marta Quell | voted for | Governor Abara | indirect"}},
		{"cast a ballot as soon as",
			"Dario Fenn cast his ballot as soon as the library opened.",
			nil},
		{"cast a vote as a clause of time",
			"The panel cast its vote as the bells rang at noon.",
			nil},
		{"a storm casts no portrayal",
			"The blizzard cast a pale light as it crossed the valley.",
			nil},
		{"a portrayal stays",
			"The mayor cast her rival as a friend of the developers.",
			[]string{"The mayor | cast | her rival as a friend of the developers | indirect"}},
		{"a budget that modifies a noun is no measure",
			"Legislators passed the budget deadline without a deal.",
			nil},
		{"a law that modifies a noun is no measure",
			"The parade passed the law library shortly before dusk.",
			nil},
		{"a software update is no stance",
			"The carmaker delivered a software update to its electric vans overnight.",
			nil},
		{"a rebuke is a stance",
			"The bishop delivered a rebuke of the new casino.",
			[]string{"The bishop | delivered a rebuke of | the new casino | indirect"}},
		{"a closing tally stays out of the content",
			"The assembly passed the water bill 61-40.",
			[]string{"The assembly | passed | the water bill | indirect"}},
		{"a closing day stays out of the content",
			"The trustees voted against the tuition plan on Thursday.",
			[]string{"The trustees | voted against | the tuition plan | indirect"}},
		{"voted yes on",
			"The nurses voted yes on the staffing deal.",
			[]string{"The nurses | voted yes on | the staffing deal | indirect"}},
		{"voted no on",
			"The nurses voted no on the staffing deal.",
			[]string{"The nurses | voted no on | the staffing deal | indirect"}},
	})
}
