package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestNowThat: "now that" names the present moment the clause holds from
// (TimeBank tags all three it has); "from now" is not the present itself.
func TestNowThat(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The port is busy now that the bridge has reopened.", []want{{"now", doc.Date, "PRESENT_REF", ""}}},
		{"Now that the vote is over, the council can act.", []want{{"Now", doc.Date, "PRESENT_REF", ""}}},
		// Negative: "from now" measures ahead; "now" is no time of its own.
		{"The results are due two weeks from now.", []want{{"two weeks from now", doc.Date, "2025-W37", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
