package attrib

import "testing"

// TestClosingTagOverReport checks a report tag that closes a sentence
// holding a report of its own: both are kept, and the inner content stops
// at the tag.
func TestClosingTagOverReport(t *testing.T) {
	checkLines(t, []wantLines{
		{"a station's report of a campaign's statement",
			"The Ortiz team said its nominee would tour Dover and Linden next month, KLND reported.",
			[]string{"KLND | reported | The Ortiz team said its nominee would tour Dover and Linden next month | indirect",
				"The Ortiz team | said | its nominee would tour Dover and Linden next month | indirect"}},
		{"a tag with a time after it",
			"Lee told auditors that a clerk had moved the ferry funds, the Dover Ledger reported late Thursday.",
			[]string{"the Dover Ledger | reported | Lee told auditors that a clerk had moved the ferry funds | indirect",
				"Lee | told | that a clerk had moved the ferry funds | indirect"}},
		{"a quotation before the tag keeps its closing mark and is direct",
			"Lee said: \"The ferry stays free,\" the Ledger reported.",
			[]string{"the Ledger | reported | \"The ferry stays free,\" | direct",
				"Lee | said: | \"The ferry stays free,\" | direct"}},
	})
}
