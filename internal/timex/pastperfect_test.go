package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestPastPerfectPlan: a plan told in the past perfect looks ahead like one
// told in the present. News mostly writes it of an event called off or
// moved, whose day is still to come; that its day may also have gone by
// ("the lease had been due to run out on Friday") is the rarer reading.
func TestPastPerfectPlan(t *testing.T) {
	wed := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		text  string
		wants []want
	}{
		{"The concert had been scheduled for Saturday but was called off because of the storm warning.", []want{{"Saturday", doc.Date, "2025-03-15", ""}}},
		{"The minister, who had been due to fly to Paris on Friday, has cancelled the trip.", []want{{"Friday", doc.Date, "2025-03-14", ""}}},
		{"The tender is due to close Friday evening.", []want{{"Friday evening", doc.TimeOfDay, "2025-03-14TEV", ""}}},
		{"The ballot has been scheduled to end on Thursday.", []want{{"Thursday", doc.Date, "2025-03-13", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, wed, c.wants)
	}
}
