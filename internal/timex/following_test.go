package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestFollowingMonthAfterMonth: "the following month" counts from the last
// month the story named, even one named without its year; with none named
// it stays the month after publication.
func TestFollowingMonthAfterMonth(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The bakery reopened in March. The following month, it hired ten cooks.", []want{
			{"March", doc.Date, "2025-03", ""}, {"The following month", doc.Date, "2025-04", ""}}},
		{"The mill closed in November. The following month, its owner sold the land.", []want{
			{"November", doc.Date, "2024-11", ""}, {"The following month", doc.Date, "2024-12", ""}}},
		// An absolute date still anchors it.
		{"The bakery opened in May 2019. The following month, it hired ten cooks.", []want{
			{"May 2019", doc.Date, "2019-05", ""}, {"The following month", doc.Date, "2019-06", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
