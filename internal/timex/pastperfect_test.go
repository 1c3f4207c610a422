package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestPastPerfectPlan: a plan told in the past perfect ("had been due to",
// "had been scheduled to") was overtaken, so its weekday is the one gone
// by; the same plan in the present looks ahead.
func TestPastPerfectPlan(t *testing.T) {
	mon := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		text  string
		wants []want
	}{
		{"The tender, since extended, had been due to close Friday evening.", []want{{"Friday evening", doc.TimeOfDay, "2024-03-08TEV", ""}}},
		{"The ballot had originally been scheduled to end on Thursday.", []want{{"Thursday", doc.Date, "2024-03-07", ""}}},
		{"The union had planned to strike on Wednesday.", []want{{"Wednesday", doc.Date, "2024-03-06", ""}}},
		{"The union had previously planned to strike on Wednesday.", []want{{"Wednesday", doc.Date, "2024-03-06", ""}}},
		{"The vote had been slated for Tuesday.", []want{{"Tuesday", doc.Date, "2024-03-05", ""}}},
		// Negatives: the plan still stands.
		{"The tender is due to close Friday evening.", []want{{"Friday evening", doc.TimeOfDay, "2024-03-15TEV", ""}}},
		{"The ballot has been scheduled to end on Thursday.", []want{{"Thursday", doc.Date, "2024-03-14", ""}}},
		{"The family plans to travel on Wednesday.", []want{{"Wednesday", doc.Date, "2024-03-13", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, mon, c.wants)
	}
}
