package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestNightBeforeLast checks "the night before last" as the night of the
// day before yesterday (qref is Tuesday 2013-02-12), as "last night" is
// yesterday's; "the night before" an event stays untagged.
func TestNightBeforeLast(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The storm flooded the road the night before last.", []want{{"the night before last", doc.TimeOfDay, "2013-02-10TNI", ""}}},
		{"Rebels shelled the town the morning before last.", []want{{"the morning before last", doc.TimeOfDay, "2013-02-10TMO", ""}}},
		{"He rehearsed the night before the vote.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
