package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestWeekdayThenDate checks a clock "on Friday" followed by the date
// (qref is Tuesday 2013-02-12; 7 March 2013 is a Thursday, 8 March a
// Friday): the date decides, in the year the date rule gives it.
func TestWeekdayThenDate(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Bids close at 5pm on Friday 7 March.", []want{{"5pm on Friday 7 March", doc.TimeOfDay, "2013-03-07T17:00", ""}}},
		{"The fire started at 5pm on Friday 7 February.", []want{{"5pm on Friday 7 February", doc.TimeOfDay, "2013-02-07T17:00", ""}}},
		{"Bids close at noon on Friday, 8 March 2013.", []want{{"noon on Friday, 8 March 2013", doc.TimeOfDay, "2013-03-08T12:00", ""}}},
		// A written year the weekday does not fit keeps the two apart.
		{"Bids close at 5pm on Friday 7 March 2013.", []want{
			{"5pm on Friday", doc.TimeOfDay, "2013-02-08T17:00", ""}, {"7 March 2013", doc.Date, "2013-03-07", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
