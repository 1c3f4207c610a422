package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestMonthAfterNextAndDaytime checks "March after next" where a capital
// starts the sentence, "June before last", and "the daytime" as TimeML's
// DT part of the day (qref is 2013-02-12).
func TestMonthAfterNextAndDaytime(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"March after next, the lease runs out.", []want{{"March after next", doc.Date, "2014-03", ""}}},
		{"May after next is the earliest date.", []want{{"May after next", doc.Date, "2014-05", ""}}},
		{"The plant closed in June before last.", []want{{"June before last", doc.Date, "2011-06", ""}}},
		{"Bats rarely hunt in the daytime.", []want{{"the daytime", doc.TimeOfDay, "2013-02-12TDT", ""}}},
		// "may" the verb before "after next week" stays a verb; an
		// adjective "daytime" names no time.
		{"Prices may after next week fall.", []want{{"next week", doc.Date, "2013-W08", ""}}},
		{"Daytime temperatures will reach 30 degrees.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
