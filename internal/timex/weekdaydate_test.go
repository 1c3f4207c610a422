package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestWeekdayThenDate checks a clock "on Friday" followed by the date
// (qref is Tuesday 2013-02-12; 7 March 2013 is a Thursday, 7 March 2014 a
// Friday): a weekday the date does not fall on picks the year it does,
// unless the sentence is told in the past.
func TestWeekdayThenDate(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Bids close at 5pm on Friday 7 March.", []want{{"5pm on Friday 7 March", doc.TimeOfDay, "2014-03-07T17:00", ""}}},
		{"Bids close at noon on Friday, 8 March 2013.", []want{{"noon on Friday, 8 March 2013", doc.TimeOfDay, "2013-03-08T12:00", ""}}},
		// A written year the weekday does not fit keeps the two apart.
		{"Bids close at 5pm on Friday 7 March 2013.", []want{
			{"5pm on Friday", doc.TimeOfDay, "2013-02-08T17:00", ""}, {"7 March 2013", doc.Date, "2013-03-07", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
	// Told in the past (the tagger's VBD), the date keeps its year.
	checkTagged(t, "The fire started at 5pm on Friday 7 February.", qref, []want{
		{"5pm on Friday 7 February", doc.TimeOfDay, "2013-02-07T17:00", ""}})
}
