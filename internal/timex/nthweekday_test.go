package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestNthWeekdayFrom checks weekdays counted from a day (qref is Tuesday
// 2013-02-12; Christmas 2012 was a Tuesday, Easter 2013 is 31 March).
func TestNthWeekdayFrom(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The court will sit again the first Monday after Easter.", []want{
			{"the first Monday after Easter", doc.Date, "2013-04-01", ""}}},
		{"Voting was held on the second Tuesday after Christmas.", []want{
			{"the second Tuesday after Christmas", doc.Date, "2013-01-08", ""}}},
		{"The fair opens the third Friday after July 4, 2013.", []want{
			{"the third Friday after July 4, 2013", doc.Date, "2013-07-19", ""}}},
		{"Stores cut prices the Monday after Thanksgiving 2012.", []want{
			{"the Monday after Thanksgiving 2012", doc.Date, "2012-11-26", ""}}},
		{"The party was held the last Friday before Christmas 2012.", []want{
			{"the last Friday before Christmas 2012", doc.Date, "2012-12-21", ""}}},
		// A weekday without a count or "the" keeps its own reading.
		{"Shares fell on Monday after Christmas 2012.", []want{
			{"Monday", doc.Date, "2013-02-11", ""}, {"Christmas 2012", doc.Date, "2012-12-25", ""}}},
		// "last Friday" without "the" is the Friday gone by.
		{"Stocks rose last Friday before Christmas 2012 shopping began.", []want{
			{"last Friday", doc.Date, "2013-02-08", ""}, {"Christmas 2012", doc.Date, "2012-12-25", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
