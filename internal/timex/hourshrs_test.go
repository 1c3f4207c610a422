package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestMilitaryHours checks "at 1300 hours", "0600 hrs" as 24-hour clock
// times, as police and military statements write them (qref is
// 2013-02-12); a count of hours stays a length.
func TestMilitaryHours(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The raid began at 0600 hours.", []want{{"0600 hours", doc.TimeOfDay, "2013-02-12T06:00", ""}}},
		{"Kick-off is at 1300 hrs.", []want{{"1300 hrs", doc.TimeOfDay, "2013-02-12T13:00", ""}}},
		{"Workers logged 1300 hours of overtime.", []want{{"1300 hours", doc.Duration, "PT1300H", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
