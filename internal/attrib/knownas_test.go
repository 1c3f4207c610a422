package attrib

import "testing"

// TestKnownAs checks a thing's or person's repute ("known as", "known
// for") as a cue with no source.
func TestKnownAs(t *testing.T) {
	checkLines(t, []wantLines{
		{"a name after a comma",
			"The old toll, known as the bridge penny, was scrapped in 1990.",
			[]string{"∅ | known as | the bridge penny | indirect"}},
		{"a deed with a copula takes in the subject",
			"The glassblower is best known for her blue lanterns.",
			[]string{"∅ | is best known for | The glassblower | indirect", "∅ | is best known for | her blue lanterns | indirect"}},
		{"seen as with a copula",
			"The new pier is widely seen as a gift to the anglers.",
			[]string{"∅ | is widely seen as | The new pier | indirect", "∅ | is widely seen as | a gift to the anglers | indirect"}},
		{"seen at a place is no repute",
			"The heron was seen at the pier on Sunday.",
			nil},
		{"known to someone is no repute",
			"The recipe was known to only three cooks.",
			nil},
		{"known about is no repute",
			"Little is known about the new ferry route.",
			nil},
	})
}

// TestKnownAsOrdinaryPhrases checks that "as"/"for" phrases that only look
// like a repute ("as of", "as to", "for certain", "as soon as", a perfect
// "have known for years") give no sourceless repute.
func TestKnownAsOrdinaryPhrases(t *testing.T) {
	checkLines(t, []wantLines{
		{"as of a date",
			"It was not known as of Monday whether the ferry would sail.",
			nil},
		{"as to a question",
			"Little is known as to how the mural was damaged.",
			nil},
		{"seen as a clause of time",
			"The courier was last seen as she crossed the square.",
			nil},
		{"for certain",
			"It is not known for certain when the bridge opened.",
			nil},
		{"as recently as",
			"The painter was seen as recently as March in her studio.",
			nil},
		{"a perfect know is the verb of knowing, not a repute",
			"Engineers have known for months that the pipe was leaking.",
			[]string{"Engineers | have known for | months that the pipe was leaking | indirect"}},
		{"a perfect see is the verb of seeing, not a repute",
			"We have seen as many as 30 boats in the harbour at dawn.",
			[]string{"We | have seen | as many as 30 boats in the harbour at dawn | indirect"}},
	})
}
