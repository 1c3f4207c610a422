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

// TestSomeDayTagged: the tagger often reads the verb after "one day" as a
// noun in a compound ("day supply") or a preposition ("day lead"); a
// lower-case word followed by its object is still the verb. A compound
// that ends the phrase or goes on with a preposition stays a count.
func TestSomeDayTagged(t *testing.T) {
	for _, c := range []struct {
		text string
		tags map[string]string
		want want
	}{
		{"Tidal turbines could one day supply most of the island.",
			map[string]string{"could": "MD", "one": "CD", "supply": "NN", "most": "JJS", "of": "IN", "the": "DT"},
			want{"one day", doc.Date, "FUTURE_REF", ""}},
		{"The bakery will one day list its shares.",
			map[string]string{"will": "MD", "one": "CD", "list": "NN", "its": "PRP$"},
			want{"one day", doc.Date, "FUTURE_REF", ""}},
		{"The rookie hopes to one day lead the squad.",
			map[string]string{"hopes": "VBZ", "to": "TO", "one": "CD", "lead": "IN", "the": "DT"},
			want{"one day", doc.Date, "FUTURE_REF", ""}},
		// Negatives: a compound noun after "to one day".
		{"The depot switched to one day delivery for parcels.",
			map[string]string{"switched": "VBD", "to": "TO", "one": "CD", "delivery": "NN", "for": "IN"},
			want{"one day", doc.Duration, "P1D", ""}},
		{"The council cut shifts to one day passes.",
			map[string]string{"cut": "VBD", "to": "TO", "one": "CD", "passes": "NNS"},
			want{"one day", doc.Duration, "P1D", ""}},
	} {
		got := findTagged(c.text, pub, c.tags)
		if len(got) != 1 || got[0].Text != c.want.text || got[0].Type != c.want.typ || got[0].Value != c.want.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.want.text, c.want.value)
		}
	}
}

// TestSomeDayBeforeTime: a compound after "to one day" that goes on with a
// time is a count of days, whatever the tagger makes of the compound.
func TestSomeDayBeforeTime(t *testing.T) {
	checkTagged(t, "The strike was cut to one day walkout this week.", pub, []want{
		{"one day", doc.Duration, "P1D", ""}, {"this week", doc.Date, "2025-W35", ""}})
	checkTagged(t, "Members voted to one day stoppage each month.", pub, []want{
		{"one day", doc.Duration, "P1D", ""}, {"each month", doc.Set, "P1M", ""}})
}
