package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestVerdictDay: "it was a great day" judges the day of the story's event
// (the last day named), "this is a sad day" the day of publication; other
// subjects and adjectives of length are left to the other rules.
func TestVerdictDay(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{`The treaty was signed on Tuesday. The mayor said it was "a historic day for the valley."`, []want{
			{"Tuesday", doc.Date, "2025-08-26", ""}, {"day", doc.Date, "2025-08-26", ""}}},
		{`"This is a sad day for our orchestra," the conductor said.`, []want{{"day", doc.Date, "2025-08-28", ""}}},
		// Negatives: "Today" is the time itself; "a long day" is a length.
		{"Today is a sad day for our orchestra.", []want{{"Today", doc.Date, "2025-08-28", ""}}},
		{"It was a long day for the crew.", []want{{"a long day", doc.Duration, "P1D", ""}}},
		// "was" with no day named before dates nothing.
		{"When the war ended in 1945, it was a great day for the town.", []want{{"1945", doc.Date, "1945", ""}}},
		{"He said it was a good day to sell shares.", nil},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
