package timex

import (
	"testing"
	"time"
)

// A holiday ranked among others counts the years since the last one; a
// holiday name that runs on into another name is no date.
func TestRankedAndRunOnHolidays(t *testing.T) {
	ref := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text  string
		match string // the expression that must be found, "" for none
		value string // its value; "" when no holiday may be read
	}{
		{"It was the first Easter in two years without a lockdown.", "Easter", "2024-03-31"},
		{"Traders called it the biggest Diwali in five years.", "Diwali", "2023-11-12"},
		{"The choir will sing again at Easter in two years.", "Easter in two years", "2026-04-05"},
		{"The goal was scored by Ramadan Sobhi just before the break.", "", ""},
		{"Onam Kumar, a teacher, said the school would reopen.", "", ""},
		{"Tourists flew to Christmas Island for the eclipse.", "", ""},
		{"Offices will close on Easter Monday.", "Easter Monday", "2025-04-21"},
		{"Before Christmas Parliament will vote on the budget.", "Christmas", "2024-12-25"},
		{"After Diwali India's markets rallied.", "Diwali", "2023-11-12"},
	}
	for _, c := range cases {
		ms := Find(c.text, ref)
		found := false
		for _, m := range ms {
			if c.match != "" && m.Text == c.match {
				found = true
				if m.Value != c.value {
					t.Errorf("%q: %q = %s, want %s", c.text, m.Text, m.Value, c.value)
				}
			}
			if c.match == "" && c.value == "" && m.Value != "" && m.Value[0] >= '0' && m.Value[0] <= '9' {
				t.Errorf("%q: unexpected %q = %s", c.text, m.Text, m.Value)
			}
		}
		if c.match != "" && !found {
			t.Errorf("%q: %q not found in %+v", c.text, c.match, ms)
		}
	}
}
