package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestMeals(t *testing.T) {
	// qref is Tuesday 2013-02-12.
	cases := []struct {
		text  string
		wants []want
	}{
		{"The mayor will take questions at lunch tomorrow.", []want{
			{"lunch", doc.TimeOfDay, "2013-02-13TMEL", ""}, {"tomorrow", doc.Date, "2013-02-13", ""}}},
		{"Tomorrow at dinner the board will vote.", []want{
			{"Tomorrow", doc.Date, "2013-02-13", ""}, {"dinner", doc.TimeOfDay, "2013-02-13TMED", ""}}},
		{"Crowds gathered at lunchtime near the square.", []want{
			{"lunchtime", doc.TimeOfDay, "2013-02-12TMEL", ""}}},
		// Negatives: a meal away from a day, or before a noun, is an event.
		{"The senator spoke over dinner with donors.", nil},
		{"Aides met before lunch to plan.", nil},
		{"She spoke at lunch meetings on Friday.", []want{{"Friday", doc.Date, "2013-02-08", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
