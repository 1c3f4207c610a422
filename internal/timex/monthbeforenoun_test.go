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
		{"The August recess will let the senators travel.", []want{{"August", doc.Date, "2021-08", ""}}},
		{"Farmers blamed the August drought for the losses.", []want{{"August", doc.Date, "2020-08", ""}}},
		// Negatives.
		{"The March on the capital drew thousands.", nil},
		{"The May government fell after the vote.", nil},
		{"The March of Dimes raised money.", nil},
	}
	for _, c := range cases {
		check(t, c.text, feb, c.wants)
		checkTagged(t, c.text, feb, c.wants)
	}
	// With the tagger's parts of speech: a march, not a month, when a verb,
	// a modal or a preposition follows.
	for _, text := range []string{
		"The March drew thousands of people to the square.",
		"Organisers said the March would go ahead despite the ban.",
		"Police escorted the March through the old town.",
		"The March against hunger drew crowds.",
	} {
		checkTagged(t, text, feb, nil)
	}
}
