package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestModalLooksAhead: a present modal before a bare verb points a month
// or a weekday forward; a perfect or a passive after it does not.
func TestModalLooksAhead(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The new members can take part in the April summit of the league.", []want{{"April", doc.Date, "2026-04", ""}}},
		{"Farmers may apply for the grant in March.", []want{{"March", doc.Date, "2026-03", ""}}},
		{"Under the deal, the club must repay the loan in February.", []want{{"February", doc.Date, "2026-02", ""}}},
		{"Voters should not expect results before Monday.", []want{{"Monday", doc.Date, "2025-09-01", ""}}},
		// Negatives: a perfect is a guess about the past, a passive or a
		// state tells no time ahead, and a plain past stays past.
		{"The suspect may have crossed the border in March.", []want{{"March", doc.Date, "2025-03", ""}}},
		{"The comet can be seen in photographs taken in March.", []want{{"March", doc.Date, "2025-03", ""}}},
		{"The mayor opened the bridge in March.", []want{{"March", doc.Date, "2025-03", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
