package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestAmbiguousMonthBeforeNoun: "May", "March" and "August" after "the"
// and before a lower-case noun name a month, as "the June elections" does;
// before a preposition or a noun a surname modifies they do not.
func TestAmbiguousMonthBeforeNoun(t *testing.T) {
	feb := time.Date(2021, 2, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Turnout in the May elections was low.", []want{{"May", doc.Date, "2020-05", ""}}},
		{"The March accession will let the country vote.", []want{{"March", doc.Date, "2021-03", ""}}},
		{"Farmers blamed the August drought for the losses.", []want{{"August", doc.Date, "2020-08", ""}}},
		// Negatives.
		{"The March on the capital drew thousands.", nil},
		{"The May government fell after the vote.", nil},
		{"The March of Dimes raised money.", nil},
	}
	for _, c := range cases {
		check(t, c.text, feb, c.wants)
	}
}
