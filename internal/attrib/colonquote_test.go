package attrib

import "testing"

// TestColonQuote checks quotations introduced by a colon inside a
// paragraph, after a lead-in clause or after a bare name.
func TestColonQuote(t *testing.T) {
	checkLines(t, []wantLines{
		{"a verb kept from the colon by a particle",
			"The coach sat down after the match. She went on: \"We will rebuild the defence over the winter.\"",
			[]string{"She | went on: | \"We will rebuild the defence over the winter.\" | direct"}},
		{"a verb kept from the colon by its object",
			"The inspector gave the council a stark warning: \"The bridge will not survive another flood.\"",
			[]string{"The inspector | gave the council a stark warning: | \"The bridge will not survive another flood.\" | direct"}},
		{"a bare name in a digest line",
			"Turnout held up in the north - Mara Quist: \"Rural voters came out in the rain for the first time in years.\"",
			[]string{"Mara Quist | : | \"Rural voters came out in the rain for the first time in years.\" | direct"}},
		{"a document speaking",
			"Several gaps turned up in the records. More from the audit: \"Several invoices were paid twice without any review.\"",
			[]string{"the audit | : | \"Several invoices were paid twice without any review.\" | direct"}},
		{"an infinitive hangs from the verb whose subject speaks",
			"After the vote, the harbour master went as far as to predict: \"The old pier should be torn down.\"",
			[]string{"the harbour master | went as far as to predict: | \"The old pier should be torn down.\" | direct"}},
		{"a participle after another report keeps its own cue",
			"The governor spoke briefly on Monday before adding: \"We will not raise the fuel tax this year.\"",
			[]string{"The governor | adding: | \"We will not raise the fuel tax this year.\" | direct"}},
		{"a channel is no speaker",
			"Then, a last word on Instagram: \"Add the lemon at the very end and stir it gently.\"",
			[]string{"∅ |  | \"Add the lemon at the very end and stir it gently.\" | direct"}},
		{"a language is no speaker",
			"And finally, a line in Latin: \"Festina lente, the old saying goes for all of us.\"",
			[]string{"∅ |  | \"Festina lente, the old saying goes for all of us.\" | direct"}},
	})
}

// TestLeadInLastClause checks a lead-in paragraph ending with a colon
// whose speaker is the subject of its last clause, not its first.
func TestLeadInLastClause(t *testing.T) {
	checkLines(t, []wantLines{
		{"a subordinate clause opens the line",
			"When the dam failed in 1998, the governor released this statement:\n\n\"We will rebuild every home that was lost.\"",
			[]string{"the governor | released this statement: | \"We will rebuild every home that was lost.\" | direct"}},
		{"a second clause answers the first",
			"The council accused the contractor of delays, and the contractor responded:\n\n\"Every permit arrived months late.\"",
			[]string{"The council | accused | the contractor of delays | indirect",
				"the contractor | responded: | \"Every permit arrived months late.\" | direct"}},
		{"no verb before the colon",
			"And from the fire chief:\n\n\"Nobody should go near the river tonight.\"",
			[]string{"the fire chief | : | \"Nobody should go near the river tonight.\" | direct"}},
	})
}

// TestInvertedColonLead checks "Added the mayor: …" lines, where a verb of
// saying opens the sentence and its speaker follows.
func TestInvertedColonLead(t *testing.T) {
	checkLines(t, []wantLines{
		{"inside a paragraph",
			"The clinic reopened on Monday. Said Dr. Okafor: \"We have twice the beds we had last winter.\"",
			[]string{"Dr. Okafor | Said | \"We have twice the beds we had last winter.\" | direct"}},
		{"opening a paragraph",
			"The clinic reopened on Monday.\n\nAdded Okafor: \"Nobody will be turned away at the door.\"",
			[]string{"Okafor | Added | \"Nobody will be turned away at the door.\" | direct"}},
		{"a name alone keeps the colon as the cue",
			"The clinic reopened on Monday.\n\nOKAFOR: Nobody will be turned away at the door.",
			[]string{"OKAFOR | : | Nobody will be turned away at the door | direct"}},
	})
}
