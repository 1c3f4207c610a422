package attrib

import "testing"

// TestTimeIsNoSource checks that a time the parser or the surface scan
// takes for a subject gives way to the speaker before it, and that a
// possessive time or a speaker after the time stays.
func TestTimeIsNoSource(t *testing.T) {
	cases := []wantLines{
		{"a time after a relative clause",
			"Dana Reyes, who chairs the board, last week said the vote was fair.",
			[]string{"Dana Reyes, who chairs the board, | said | the vote was fair | indirect"}},
		{"a possessive time is a source",
			"Tuesday's report said the bridge was safe.",
			[]string{"Tuesday's report | said | the bridge was safe | indirect"}},
		{"a speaker after the time is the source without it",
			"Wednesday at the debate, candidate Lena Ortiz said the port would reopen.",
			[]string{"candidate Lena Ortiz | said | the port would reopen | indirect"}},
		{"a speaker right after the time is the source without it",
			"Friday, Mayor Lina Voss announced that the depot would close.",
			[]string{"Mayor Lina Voss | announced | that the depot would close | indirect"}},
		{"an appositive after the speaker does not replace the speaker",
			"Monday, Warden Ilsa Brenn, a Liberal, announced that the kiln would close.",
			[]string{"Warden Ilsa Brenn, a Liberal, | announced | that the kiln would close | indirect"}},
		{"a name after a time and a place",
			"Saturday at the county fair Sen. Lena Ortiz (D-OH) said the levee would hold.",
			[]string{"Sen. Lena Ortiz (D-OH) | said | the levee would hold | indirect"}},
		{"a dateline is cut off the source",
			"LAKEVILLE, Ohio — Mayor Dana Reyes said the levee would hold.",
			[]string{"Mayor Dana Reyes | said | the levee would hold | indirect"}},
		{"a name the tagger calls an adverb before a time",
			"Ortiz last week said the levy would pass.",
			[]string{"Ortiz | said | the levy would pass | indirect"}},
		{"a time that closes the source",
			"The mayor last week said the levy would pass.",
			[]string{"The mayor | said | the levy would pass | indirect"}},
		{"a day that closes the source",
			"Ortiz yesterday told reporters the levy would pass.",
			[]string{"Ortiz | told | the levy would pass | indirect"}},
		{"a station's name ending in a number is no dateline",
			"KLND 4 reported that the road was closed.",
			[]string{"KLND 4 | reported | that the road was closed | indirect"}},
		{"a place and a date alone are a dateline",
			"LINDEN, June 12 said the levee would hold.",
			[]string{"∅ | said | the levee would hold | indirect"}},
		{"a month after a name is a surname",
			"Mayor Dana May said the levee would hold.",
			[]string{"Mayor Dana May | said | the levee would hold | indirect"}},
		{"a time between subject and verb",
			"Okafor on Tuesday dismissed the audit as a stunt.",
			[]string{"Okafor | dismissed | the audit as a stunt | indirect"}},
	}
	checkLines(t, cases)
}

// TestIssuerIsSource checks that a message put out by someone gives way to
// the one who put it out as the source.
func TestIssuerIsSource(t *testing.T) {
	cases := []wantLines{
		{"a statement saying",
			"The union released a statement saying the strike was over.",
			[]string{"The union | saying | the strike was over | indirect"}},
		{"a village's letter with a day after it",
			"The village sent a letter Friday saying the pool would reopen.",
			[]string{"The village | saying | the pool would reopen | indirect"}},
		{"an email saying",
			"Later, the mayor's office sent an email saying the pier would reopen.",
			[]string{"the mayor's office | saying | the pier would reopen | indirect"}},
	}
	checkLines(t, cases)
}

// TestTimeIsNoContent checks that a cue whose only complement is a time
// makes no attribution, while the participle after it still does.
func TestTimeIsNoContent(t *testing.T) {
	checkLines(t, []wantLines{
		{"a time after the cue is no content",
			"The mayor tweeted on Friday, remarking that the harbour had never looked better.",
			[]string{"The mayor | remarking | that the harbour had never looked better | indirect"}},
		{"a time with a part of the day",
			"The ministry did not respond Wednesday evening.",
			nil},
		{"a time before a real content stays out of it",
			"The mayor said on Friday that the harbour would reopen.",
			[]string{"The mayor | said | that the harbour would reopen | indirect"}},
	})
}
