package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestTheYears: "over the years", "in the years that followed" and "in the
// early years" are a vague stretch of years; "the years" before a span of
// years, "ago" or "to come" is left to the other rules.
func TestTheYears(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The orchard changed hands many times over the years.", []want{{"the years", doc.Duration, "PXY", ""}}},
		{"In the years that followed, the village shrank.", []want{{"the years", doc.Duration, "PXY", ""}}},
		{"The clinic lost money in the early years.", []want{{"the early years", doc.Duration, "PXY", ""}}},
		// Negatives.
		{"Rents rose in the years 2001 to 2004.", []want{{"2001", doc.Date, "2001", ""}, {"2004", doc.Date, "2004", ""}}},
		{"In the years to come the port will grow.", nil},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
