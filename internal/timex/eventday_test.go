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
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}
