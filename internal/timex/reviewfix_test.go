package timex

import (
	"strings"
	"testing"
	"time"
)

// Readings a review of the day's new rules found wrong, each with the
// value it must have now ("" when nothing may be found for that text).
func TestReviewedReadings(t *testing.T) {
	ref := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, match, value string
	}{
		// A modal after the date is another clause's.
		{"Fans who bought tickets on Friday can get refunds.", "Friday", "2024-04-26"},
		{"Investors who bought in January can sell.", "January", "2024-01"},
		// An amount going back to a level is no year.
		{"Staff numbers went back to 1200 after the strike.", "1200", ""},
		{"The custom dates back to 1742.", "1742", "1742"},
		// "lunchtime" as a modifier is no time.
		{"The lunchtime rush filled the square.", "lunchtime", ""},
		// A UTC clock keeps its length's range.
		{"The window opens at 16:00 UTC for 30 minutes.", "30 minutes", "PT30M"},
	}
	for _, c := range cases {
		found := false
		for _, m := range Find(c.text, ref) {
			if m.Text != c.match {
				continue
			}
			found = true
			if m.Value != c.value {
				t.Errorf("%q: %q = %s, want %q", c.text, m.Text, m.Value, c.value)
			}
		}
		if !found && c.value != "" {
			t.Errorf("%q: %q not found", c.text, c.match)
		}
	}
	// The part of the day must follow on the same line.
	for _, m := range Find("Polls close tomorrow\n\nEvening, the counting begins.", ref) {
		if m.Text != "tomorrow" && m.Value != "" && m.Start < 20 {
			t.Errorf("a time across the paragraph break: %q = %s", m.Text, m.Value)
		}
	}
	// The range of "16:00 UTC for 30 minutes" ends in UTC too.
	for _, m := range Find("The window opens at 16:00 UTC for 30 minutes.", ref) {
		if m.Text == "30 minutes" && (m.Range == nil || m.Range[1] != "2024-05-02T16:30Z") {
			t.Errorf("range %v, want [2024-05-02T16:00Z 2024-05-02T16:30Z]", m.Range)
		}
	}
}

// "Sun" and "Sat" need a weekday written out beside them to be days.
func TestSunSatNeedAFullWeekday(t *testing.T) {
	ref := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, m := range Find("Readers of The Sun and Sat magazine wrote in.", ref) {
		t.Errorf("unexpected time %q = %s", m.Text, m.Value)
	}
	found := 0
	for _, m := range Find("The market will open Mon or Tue.", ref) {
		if m.Text == "Mon" || strings.HasPrefix(m.Text, "Tue") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("Mon or Tue: %d of 2 days found", found)
	}
}
