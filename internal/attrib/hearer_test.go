package attrib

import "testing"

// TestSpeakerAfterQuotation checks a speaker after a quotation whose name
// an aside follows, and that the one told is no speaker.
func TestSpeakerAfterQuotation(t *testing.T) {
	cases := []wantLines{
		{"an age between commas",
			`"We were wrong," Ramos, 58, told a radio station in Lima.`,
			[]string{`Ramos, 58, | told | "We were wrong," | direct`}},
		{"a relative clause between commas",
			`"It is done," Okoye, who has not backed either side, told reporters in Leeds.`,
			[]string{`Okoye, who has not backed either side, | told | "It is done," | direct`}},
		{"a relative clause before said",
			`"The pier will reopen," Paris, who used to run the harbor office, said on Monday.`,
			[]string{`Paris, who used to run the harbor office, | said | "The pier will reopen," | direct`}},
		{"the one told after a quotation is no speaker",
			`"The talks have stalled," told reporters on the pier.`,
			nil},
	}
	checkLines(t, cases)
}
