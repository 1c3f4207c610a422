package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestSomeDay: "one day" between a modal (or "to") and its verb is the
// indefinite future; as a count it stays a length of one day.
func TestSomeDay(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Solar power could one day supply most of the valley.", []want{{"one day", doc.Date, "FUTURE_REF", ""}}},
		{"The young striker hopes to one day captain the side.", []want{{"one day", doc.Date, "FUTURE_REF", ""}}},
		{"Engineers say the tunnel will some day link both towns.", []want{{"some day", doc.Date, "FUTURE_REF", ""}}},
		// Negatives: a count of days.
		{"Workers will get one day of leave.", []want{{"one day", doc.Duration, "P1D", ""}}},
		{"The union agreed to one day off.", []want{{"one day", doc.Duration, "P1D", ""}}},
		{"The museum was closed for one day.", []want{{"one day", doc.Duration, "P1D", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
