package attrib

import "testing"

// TestRecallCues checks the rules of relcl.go and lemma.go and the senses of
// "recall" on invented news sentences.
func TestRecallCues(t *testing.T) {
	cases := []wantLines{
		{"a product recall is no memory",
			"Toyota was quick to recall the cars.",
			nil},
		{"a recall of units",
			"The company recalled 40,000 heaters after a fire in Ohio.",
			nil},
		{"a recalled envoy",
			"Norway recalled its ambassador on Monday.",
			nil},
		{"recalling a clause is a report",
			"The coach recalled that the team had trained in the rain.",
			[]string{"The coach | recalled | that the team had trained in the rain | indirect"}},
		{"recalling an event is a report",
			"The widow recalled the night of the flood.",
			[]string{"The widow | recalled | the night of the flood | indirect"}},
		{"a relative clause of saying inside a source",
			`"The levy will hurt bakers," said Ana Ruiz, a county commissioner who said the bill would fail.`,
			[]string{`Ana Ruiz, a county commissioner who said the bill would fail | said | "The levy will hurt bakers," | direct`,
				"who | said | the bill would fail | indirect"}},
		{"a relative clause conceding a point",
			`"We are not done," said Tomas Weller, a farmer from Ames who conceded that the harvest was poor.`,
			[]string{`Tomas Weller, a farmer from Ames who conceded that the harvest was poor | said | "We are not done," | direct`,
				"who | conceded | that the harvest was poor | indirect"}},
		{"a relative clause that reports nothing",
			`"We are not done," said Tomas Weller, a farmer who grew up in Ames.`,
			[]string{`Tomas Weller, a farmer who grew up in Ames | said | "We are not done," | direct`}},
		{"a past the lemmatiser cuts short (rebuk)",
			"The mayor rebuked the council for the delay.",
			[]string{"The mayor | rebuked | the council for the delay | indirect"}},
		{"a past the lemmatiser cuts long (lambaste)",
			"The senator lambasted the new tariff.",
			[]string{"The senator | lambasted | the new tariff | indirect"}},
	}
	checkLines(t, cases)
}
