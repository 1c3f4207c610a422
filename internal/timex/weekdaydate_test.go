package timex

import (
	"testing"
	"time"

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

// TestWeekdayDateToldInPast: a weekday written with a day and month but no
// year, in a sentence told in the past, is a day that is over. 10 March is
// a Monday in 2025, a Sunday in 2024 and a Tuesday in 2026: written on 1
// August 2025, "sank on Tuesday 10 March" is 2025-03-10, not the Tuesday a
// year ahead; written on 1 February 2025, when the nearest 10 March is
// still ahead, it is 2024-03-10. A timetable in the present and a line
// with no verb still take the year the weekday fits.
func TestWeekdayDateToldInPast(t *testing.T) {
	aug := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	feb := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		ref  time.Time
		want string
	}{
		{"The ferry to Kessmoor sank on Tuesday 10 March, officials said.", aug, "2025-03-10"},
		{"The ferry to Kessmoor sank on Tuesday, March 10, officials said.", aug, "2025-03-10"},
		{"The ferry to Kessmoor sank on Tuesday 10 March, officials said.", feb, "2024-03-10"},
		// A year before that fits the weekday is still taken.
		{"The ferry to Kessmoor sank on Sunday 10 March, officials said.", aug, "2024-03-10"},
		{"The ferry to Kessmoor leaves on Tuesday 10 March, officials said.", aug, "2026-03-10"},
		{"Tuesday 10 March: ferry to Kessmoor", aug, "2026-03-10"},
	} {
		ms := findAnnotated(c.text, c.ref)
		if len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q (%s): got %s, want %s", c.text, c.ref.Format("2006-01-02"), describe(ms), c.want)
		}
	}
}
