package attrib

import "testing"

// TestColonLineLabels checks paragraph-opening "Label: …" lines that are
// no one's words: a roster of names and a sentence adverb.
func TestColonLineLabels(t *testing.T) {
	checkLines(t, []wantLines{
		{"a roster of names",
			"The panel met twice.\n\nVermont: Ada Holt, Ben Marsh, Cora Vale, Dev Rana, Eli Stone.\n\nThe votes were counted.",
			nil},
		{"a sentence adverb",
			"The ferry was late again.\n\nSo: commuters on the north shore waited for almost an hour in the cold.\n\nNobody apologised.",
			nil},
		{"a speaker with a short list is still a speaker",
			"The panel met twice.\n\nHOLT: We need buses, trains and ferries that run on time.\n\nThe votes were counted.",
			[]string{"HOLT | : | We need buses, trains and ferries that run on time | direct"}},
	})
}
