package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestHalfOfMatchThanMonthNthWeekend checks three readings found probing
// forms beside the case lists (qref is 2013-02-12): a half or quarter of
// a game is no half-year; "than" is a cue for March and May; weekends
// are counted in a month past the first.
func TestHalfOfMatchThanMonthNthWeekend(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"He scored twice in the first half of the match.", nil},
		{"They trailed in the fourth quarter of the game.", nil},
		{"Sales rose in the first half, the firm said.", []want{{"the first half", doc.Date, "2013-H1", ""}}},
		{"The bakery booked a deficit in the third quarter of $4 million.", []want{{"the third quarter", doc.Date, "2012-Q3", ""}}},
		{"Talks will start no later than March.", []want{{"March", doc.Date, "2013-03", ""}}},
		{"The fair will return on the second weekend of May.", []want{{"the second weekend of May", doc.Date, "2013-W19-WE", ""}}},
		{"He is taller than May Jones.", nil},
		{"Ortiz polled better than May in the suburbs.", nil},
		{"Prices were lower than March levels.", []want{{"March", doc.Date, "2012-03", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
