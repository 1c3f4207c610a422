package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestWeekdayOffset(t *testing.T) {
	// qref is Tuesday 2013-02-12.
	cases := []struct {
		text  string
		wants []want
	}{
		// Two weeks from now is in the week of 25 February: its Friday.
		{"The panel will report Friday two weeks from now.", []want{
			{"Friday two weeks from now", doc.Date, "2013-03-01", ""}}},
		// Two years from now is 12 February 2015, a Thursday: that week's Monday.
		{"The line opens Monday, two years from now.", []want{
			{"Monday, two years from now", doc.Date, "2015-02-09", ""}}},
		// Three weeks after 4 March is 25 March, a Monday: that week's Wednesday.
		{"The vote is three weeks after March 4 on Wednesday.", []want{
			{"three weeks after March 4 on Wednesday", doc.Date, "2013-03-27", ""}}},
		// Negative: after a comma, a count from another date is an aside;
		// the weekday keeps its own reading.
		{"He resigned Tuesday, three weeks after March 4.", []want{
			{"Tuesday", doc.Date, "2013-02-12", ""}, {"three weeks after March 4", doc.Date, "2013-03-25", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
