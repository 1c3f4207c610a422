package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestDayThenPart(t *testing.T) {
	// qref is Tuesday 2013-02-12.
	cases := []struct {
		text  string
		wants []want
	}{
		{"The depot is shut from today pm to tomorrow am.", []want{
			{"today pm", doc.TimeOfDay, "2013-02-12TAF", ""}, {"tomorrow am", doc.TimeOfDay, "2013-02-13TMO", ""}}},
		{"Crews worked through the April 9 night.", []want{
			{"April 9 night", doc.TimeOfDay, "2013-04-09TNI", ""}}},
		{"The rally will be Friday eveningish.", []want{
			{"Friday eveningish", doc.TimeOfDay, "2013-02-15TEV", ""}}},
		{"Fans arrive tomorrow afternoonish for the final.", []want{
			{"tomorrow afternoonish", doc.TimeOfDay, "2013-02-13TAF", ""}}},
		// Negatives: a part before a noun modifies it; "am" after a
		// calendar date is left alone.
		{"Crews reviewed the April 9 night shift.", []want{{"April 9", doc.Date, "2013-04-09", ""}}},
		{"It was April 9 am told.", []want{{"April 9", doc.Date, "2013-04-09", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
