package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestSecondBeforeName: "a second" before a name or a number is the
// ordinal ("a second Falcon jet", "a second 737"); before punctuation it
// stays the unit.
func TestSecondBeforeName(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"A second Falcon jet is also flying to Oslo.", nil},
		{"The airline ordered a second 737 for the route.", nil},
		{"The carrier will lease a second vessel.", nil},
		// Negatives: the unit.
		{"The lights went out for a second.", []want{{"a second", doc.Duration, "PT1S", ""}}},
		{"He paused for a second, then spoke.", []want{{"a second", doc.Duration, "PT1S", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
