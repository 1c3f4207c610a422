package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestEventDay: an ordinal day of an event is the day the sentence names,
// or, told in the present, the publication day (pub is Thursday
// 2025-08-28); the first day, and one told in the past with no day named,
// are left alone.
func TestEventDay(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"It is the fifth day of the Orrin dock strike.", []want{{"the fifth day", doc.Date, "2025-08-28", ""}}},
		{"Today is the ninth day of the siege of Kessmoor.", []want{
			{"Today", doc.Date, "2025-08-28", ""}, {"the ninth day", doc.Date, "2025-08-28", ""}}},
		{"Tuesday was the third day of protests in Velm.", []want{
			{"Tuesday", doc.Date, "2025-08-26", ""}, {"the third day", doc.Date, "2025-08-26", ""}}},
		{"On Monday, clashes in Velm went on for a second straight day.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"a second straight day", doc.Date, "2025-08-25", ""}}},
		{"Fighting in Velm raged for a second day.", nil},
		{"It is the first day of the Orrin fair.", nil},
		{"On Monday, Velm crews worked for a third day running.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"a third day running", doc.Date, "2025-08-25", ""}}},
		// A day that is no subject of "is", or "for" without a streak,
		// is the event's day, not one of the story.
		{"What is the second day of the Orrin festival called?", nil},
		{"The highlight is the second day, when the bands play.", nil},
		{"On Friday, crews prepared for the third day of the Orrin festival, which opens Sunday.", []want{
			{"Friday", doc.Date, "2025-08-22", ""}, {"Sunday", doc.Date, "2025-08-24", ""}}},
		{"On Monday, the Velm council voted for a second day of mourning next month.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"next month", doc.Date, "2025-09", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
		compare(t, c.text, findAnnotated(c.text, pub), c.wants)
	}
}
