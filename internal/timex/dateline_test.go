package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestDatelineDate: with no publication date, a dateline line holding one
// full date anchors the story; a date inside a sentence does not.
func TestDatelineDate(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Ferry service resumes\n\nMarch 3, 2019\n\nThe first boat left at 07:15 UTC, the harbour master said today.", []want{
			{"March 3, 2019", doc.Date, "2019-03-03", ""},
			{"07:15 UTC", doc.TimeOfDay, "2019-03-03T07:15Z", ""},
			{"today", doc.Date, "2019-03-03", ""}}},
		// Negatives: a date in running text is no dateline, and a month
		// alone names no day.
		{"The plant opened on May 2, 1990. The mayor visited it today.", []want{
			{"May 2, 1990", doc.Date, "1990-05-02", ""},
			{"today", doc.Date, "PRESENT_REF", ""}}},
		{"Before Sept. 11, 2001\n\nThe city felt safe. Today it is guarded.", []want{
			{"Sept. 11, 2001", doc.Date, "2001-09-11", ""},
			{"Today", doc.Date, "PRESENT_REF", ""}}},
		{"June 2016\n\nThe mayor visited the plant today.", []want{
			{"June 2016", doc.Date, "2016-06", ""},
			{"today", doc.Date, "PRESENT_REF", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, time.Time{}, c.wants)
	}
}
