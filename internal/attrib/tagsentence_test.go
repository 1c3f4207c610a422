package attrib

import "testing"

// TestTagSentence checks a quotation that ends in a question or an
// exclamation, where the sentence splitter cuts it from its speech tag, on
// invented sentences; and tags that report words of their own.
func TestTagSentence(t *testing.T) {
	checkLines(t, []wantLines{
		{"a question, then the speaker and adjuncts",
			"The ferry stopped running in March. “Who gave them the keys?” Harbor master Ines Dahl said of the port authority on Tuesday.",
			[]string{"Harbor master Ines Dahl | said | “Who gave them the keys?” | direct"}},
		{"an exclamation, then the speaker and a time",
			"The vote passed late at night. “Forty years we waited for this!” Councilwoman Reyes said on Monday night.",
			[]string{"Councilwoman Reyes | said | “Forty years we waited for this!” | direct"}},
		{"told, a hearer and a time, after a quotation inside the quotation",
			"The pier reopened in June. “She asked me, ‘Why did it take so long?’” Councilwoman Reyes told reporters on Monday.",
			[]string{"Councilwoman Reyes | told | “She asked me, ‘Why did it take so long?’” | direct"}},
		{"the next sentence reports a clause of its own",
			"The ferry stopped running in March. “Who gave them the keys?” The harbor master said in a memo that the locks had been changed.",
			[]string{"∅ |  | “Who gave them the keys?” | direct",
				"The harbor master | said | that the locks had been changed | indirect"}},
		{"a relative that inside the adjunct does not block the tag",
			"The orchard flooded twice this spring. “Why was nobody warned?” Pia Ronne wrote in an email to the growers that was shared on Sunday.",
			[]string{"Pia Ronne | wrote | “Why was nobody warned?” | direct"}},
	})
}
