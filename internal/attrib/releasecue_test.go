package attrib

import "testing"

// TestReleaseCues checks "release" with a document as its object, and the
// releases that carry no message.
func TestReleaseCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"an ad released",
			"The Okafor campaign released a new radio ad aimed at the county clerk.",
			[]string{"The Okafor campaign | released | a new radio ad aimed at the county clerk | indirect"}},
		{"findings released, with have",
			"The watchdog group has released its findings on the port contracts.",
			[]string{"The watchdog group | has released | its findings on the port contracts | indirect"}},
		{"prisoners carry no message",
			"The rebels released six prisoners near the border.",
			nil},
		{"a participle before a noun",
			"Reporters combed through the mayor's released emails for weeks.",
			nil},
		{"a statement with a clause is left to saying",
			"The museum released a statement saying the gallery would reopen.",
			[]string{"The museum | saying | the gallery would reopen | indirect"}},
	})
}
