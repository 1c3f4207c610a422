package attrib

import "testing"

// TestReaderQuestions checks that a yes/no question put to the reader
// attributes no stance, while statements and questions about others keep
// theirs.
func TestReaderQuestions(t *testing.T) {
	checkLines(t, []wantLines{
		{"a question to the reader",
			"Do you support the new ferry schedule?",
			nil},
		{"the same stance stated",
			"Harbor pilots support the new ferry schedule.",
			[]string{"Harbor pilots | support | the new ferry schedule | indirect"}},
		{"a question about a third party keeps its stance",
			"Did the Ortega family oppose the new ferry schedule?",
			[]string{"the Ortega family | oppose | the new ferry schedule | indirect"}},
	})
}
