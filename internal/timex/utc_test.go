package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestUTCValue: a clock time in UTC carries ISO 8601's Z; other zones,
// GMT included, keep the written clock with their note.
func TestUTCValue(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The probe fired its engine at 14:20 UTC on Tuesday.", []want{{"14:20 UTC on Tuesday", doc.TimeOfDay, "2025-08-26T14:20Z", ""}}},
		{"The ferry left at 9:15 UTC.", []want{{"9:15 UTC", doc.TimeOfDay, "2025-08-28T09:15Z", ""}}},
		// Negatives: another zone, GMT, and no zone.
		{"The ferry left at 9:15 GMT.", []want{{"9:15 GMT", doc.TimeOfDay, "2025-08-28T09:15", ""}}},
		{"The ferry left at 9:15 EST, officials said.", []want{{"9:15 EST", doc.TimeOfDay, "2025-08-28T09:15", ""}}},
		{"The ferry left at 9:15.", []want{{"9:15", doc.TimeOfDay, "2025-08-28T09:15", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

func TestUTCValueForms(t *testing.T) {
	cases := []struct{ v, zone, want string }{
		{"2025-08-28T09:15", "UTC", "2025-08-28T09:15Z"},
		{"2025-08-28T09", "UTC", "2025-08-28T09Z"},
		{"XXXX-XX-XXT09:15", "Z", "XXXX-XX-XXT09:15Z"},
		{"2025-08-28TNI", "UTC", "2025-08-28TNI"},
		{"2025-08-28", "UTC", "2025-08-28"},
		{"2025-08-28T09:15Z", "UTC", "2025-08-28T09:15Z"},
		{"2025-08-28T09:15", "GMT", "2025-08-28T09:15"},
		{"", "UTC", ""},
	}
	for _, c := range cases {
		if got := utcValue(c.v, c.zone); got != c.want {
			t.Errorf("utcValue(%q, %q) = %q, want %q", c.v, c.zone, got, c.want)
		}
	}
}
