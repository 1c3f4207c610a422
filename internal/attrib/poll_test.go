package attrib

import "testing"

// TestPollReports checks the answers of a poll's respondents told as a
// share of them, on invented poll stories.
func TestPollReports(t *testing.T) {
	cases := []wantLines{
		{"a share that said",
			"Nearly half said they prefer a mayor from outside politics.",
			[]string{"Nearly half | said | they prefer a mayor from outside politics | indirect"}},
		{"two shares that vote, split at while",
			"56 percent would vote for Ruiz, while 37 percent would vote for Lee.",
			[]string{"56 percent | would vote for | Ruiz | indirect",
				"37 percent | would vote for | Lee | indirect"}},
		{"six in 10",
			"More than six in 10 said the ferry fare was too high.",
			[]string{"More than six in 10 | said | the ferry fare was too high | indirect"}},
		{"a share of a group polled",
			"Two-thirds of the nurses polled support the new contract.",
			[]string{"Two-thirds of the nurses polled | support | the new contract | indirect"}},
		{"one in five",
			"Roughly one in five say the referendum is pointless.",
			[]string{"Roughly one in five | say | the referendum is pointless | indirect"}},
		{"a share after with and no participle is no answer",
			"Ruiz is ahead with 36 percent support and Lee is second.",
			nil},
		{"a share that is no respondent",
			"The party holds a 54 percent majority in the assembly.",
			nil},
		{"a figure", "Prices rose 3 percent and wages fell.", nil},
	}
	checkLines(t, cases)
}
