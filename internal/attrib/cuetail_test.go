package attrib

import "testing"

// TestCueOccasion checks that a cue closing its sentence after the content
// takes in the occasion phrase that ends the sentence, and that a phrase
// before the content, one that runs on, or a place is left out.
func TestCueOccasion(t *testing.T) {
	cases := []wantLines{
		{"a statement ends the sentence",
			`"The bridge will reopen in May," Mayor Ilsa Brenn said in a statement.`,
			[]string{"Mayor Ilsa Brenn | said in a statement | \"The bridge will reopen in May,\" | direct"}},
		{"an interview with an adjective",
			`"We expect the harvest to be late," farmer Tomas Ekdahl said in a phone interview.`,
			[]string{"farmer Tomas Ekdahl | said in a phone interview | \"We expect the harvest to be late,\" | direct"}},
		{"a possessive before the medium",
			`"The museum needs a new roof," the curator wrote in her blog post.`,
			[]string{"the curator | wrote in her blog post | \"The museum needs a new roof,\" | direct"}},
		{"near miss: the content follows",
			"Mayor Ilsa Brenn said in a statement that the bridge would reopen in May.",
			[]string{"Mayor Ilsa Brenn | said | that the bridge would reopen in May | indirect"}},
		{"near miss: a place ends the sentence",
			`"The bridge will reopen in May," Mayor Ilsa Brenn said in Linden.`,
			[]string{"Mayor Ilsa Brenn | said | \"The bridge will reopen in May,\" | direct"}},
		{"near miss: the phrase runs on",
			`"The bridge will reopen in May," Mayor Ilsa Brenn said in an interview with the Courier on Monday.`,
			[]string{"Mayor Ilsa Brenn | said | \"The bridge will reopen in May,\" | direct"}},
	}
	checkLines(t, cases)
}

// TestCueFinalAdverb checks that a cue closing its sentence after the
// content takes in a lone adverb that ends the sentence, and that a
// connective, an adverb before the content or one with more words after it
// stays out.
func TestCueFinalAdverb(t *testing.T) {
	cases := []wantLines{
		{"recently ends the sentence",
			`"The orchard has never looked better," grower Pia Lindqvist said recently.`,
			[]string{"grower Pia Lindqvist | said recently | \"The orchard has never looked better,\" | direct"}},
		{"then ends the sentence",
			`"Nobody will close this mill," union leader Rafe Okoro said then.`,
			[]string{"union leader Rafe Okoro | said then | \"Nobody will close this mill,\" | direct"}},
		{"near miss: a connective",
			`"The orchard has never looked better," grower Pia Lindqvist said too.`,
			[]string{"grower Pia Lindqvist | said | \"The orchard has never looked better,\" | direct"}},
		{"near miss: the content follows",
			"Grower Pia Lindqvist said recently that the orchard had never looked better.",
			[]string{"Grower Pia Lindqvist | said | that the orchard had never looked better | indirect"}},
	}
	checkLines(t, cases)
}
