package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestDayOfYearAndDayAfterDate checks "the first (last) day of the year"
// and "the day after (before)" a written day (qref is 2013-02-12).
func TestDayOfYearAndDayAfterDate(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Rebates stop the last day of the year.", []want{{"the last day of the year", doc.Date, "2013-12-31", ""}}},
		{"The band closed its tour the last day of the year.", []want{{"the last day of the year", doc.Date, "2012-12-31", ""}}},
		{"The fund opened on the first day of 2012.", []want{{"the first day of 2012", doc.Date, "2012-01-01", ""}}},
		{"The rule lapses on the last day of next year.", []want{{"the last day of next year", doc.Date, "2014-12-31", ""}}},
		{"Shops reopened the day after Christmas 2012.", []want{{"the day after Christmas 2012", doc.Date, "2012-12-26", ""}}},
		{"Flights were full the day before Thanksgiving 2012.", []want{{"the day before Thanksgiving 2012", doc.Date, "2012-11-21", ""}}},
		// A weekday with "last" or "next" after it, as the second
		// expression of a text.
		{"Crews met in 2011. The day before last Tuesday's vote, Ortiz left Velm.", []want{
			{"2011", doc.Date, "2011", ""}, {"The day before last Tuesday", doc.Date, "2013-02-04", ""}}},
		{"The day after next Friday, the Velm fair opens.", []want{{"The day after next Friday", doc.Date, "2013-02-23", ""}}},
		// Other days of a season or an event stay untagged.
		{"It was the first day of the trial.", nil},
		{"He was arrested the day after the vote.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
