package attrib

import "testing"

// TestReportInsideReport checks that "reported" in an adverbial clause
// inside another report is a report of its own, as "said" is there, while
// a stance verb there stays part of the outer content; and that a content
// cut to nothing makes no attribution.
func TestReportInsideReport(t *testing.T) {
	checkLines(t, []wantLines{
		{"a newspaper's report in a when-clause",
			"Ortiz said the mill closed when the Dover Ledger reported that its owners had sold it.",
			[]string{"Ortiz | said | the mill closed when the Dover Ledger reported that its owners had sold it | indirect",
				"the Dover Ledger | reported | that its owners had sold it | indirect"}},
		{"an aside whose content is only a time",
			"Lena Ortiz toured the ferry dock in May, as the Dover Ledger reported on Friday, and she will chair its board.",
			nil},
	})
}
