package attrib

import "testing"

// TestPollReports checks the answers of a poll's respondents told as a
// share of them, on invented poll stories.
func TestPollReports(t *testing.T) {
	cases := []wantLines{
		{"a share that said",
			"The poll of 800 residents ran in May. Nearly half said they prefer a mayor from outside politics.",
			[]string{"Nearly half | said | they prefer a mayor from outside politics | indirect"}},
		{"two shares that vote, split at while",
			"The poll of 800 residents ran in May. 56 percent would vote for Ruiz, while 37 percent would vote for Lee.",
			[]string{"56 percent | would vote for | Ruiz | indirect",
				"37 percent | would vote for | Lee | indirect"}},
		{"six in 10",
			"The poll of 800 residents ran in May. More than six in 10 said the ferry fare was too high.",
			[]string{"More than six in 10 | said | the ferry fare was too high | indirect"}},
		{"a share of a group polled",
			"Two-thirds of the nurses polled support the new contract.",
			[]string{"Two-thirds of the nurses polled | support | the new contract | indirect"}},
		{"one in five",
			"The poll of 800 residents ran in May. Roughly one in five say the referendum is pointless.",
			[]string{"Roughly one in five | say | the referendum is pointless | indirect"}},
		{"a share after with and no participle is no answer",
			"The poll of 800 residents ran in May. Ruiz is ahead with 36 percent support and Lee is second.",
			nil},
		{"a share that is no respondent",
			"The poll of 800 residents ran in May. The party holds a 54 percent majority in the assembly.",
			nil},
		{"a figure", "Prices rose 3 percent and wages fell.", nil},
		{"a poll named a few sentences before",
			"The poll of 800 residents ran in May. Ruiz leads in the north. Lee leads in the south. Nearly half said the race was close.",
			[]string{"Nearly half | said | the race was close | indirect"}},
		{"an election result is no poll",
			"In the last election, 52 percent voted for the incumbent, and turnout rose.",
			nil},
		{"a board's vote is no poll",
			"A survey of renters is due next month. More than half of the board approved the merger.",
			nil},
		{"the answer stops before according to",
			"Nearly half said they prefer the old timetable, according to the survey.",
			[]string{"the survey | according to | Nearly half said they prefer the old timetable | according_to",
				"Nearly half | said | they prefer the old timetable | indirect"}},
		{"the answer stops before a closing report",
			"Six in 10 support the measure, the poll found.",
			[]string{"the poll | found | Six in 10 support the measure | indirect",
				"Six in 10 | support | the measure | indirect"}},
		{"the answer stops before and with a new clause",
			"In the poll, 52 percent would vote for Ruiz, and the rest were undecided.",
			[]string{"the poll | In | 52 percent would vote for Ruiz, and the rest were undecided | according_to",
				"52 percent | would vote for | Ruiz | indirect"}},
	}
	checkLines(t, cases)
}
