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
