package timex

import (
	"testing"
	"time"
)

// TestSeasonWithPart checks "the early summer", "in late spring": the
// season with the part named as its mod (qref is 2013-02-12), as
// TimeBank tags "the early summer" (SU, mod START); before a noun the
// words modify it and name no time.
func TestSeasonWithPart(t *testing.T) {
	cases := []struct {
		text, match, value, mod string
	}{
		{"The vote was held in the early summer.", "the early summer", "2012-SU", "START"},
		{"Frost came back in late spring.", "late spring", "2012-SP", "END"},
		{"The dam was finished in the early summer of 2010.", "the early summer of 2010", "2010-SU", "START"},
		{"The early spring flowers bloomed.", "", "", ""},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if c.match == "" {
			if len(got) != 0 {
				t.Errorf("%q: got %s, want nothing", c.text, describe(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Text != c.match || got[0].Value != c.value || got[0].Mod != c.mod {
			t.Errorf("%q: got %s, want %q %s mod %s", c.text, describe(got), c.match, c.value, c.mod)
		}
	}
}

// TestSeasonPartStillAhead: told in the past, the part of the current
// season that has not begun is last year's. Written on 20 March, "late
// spring" (May) is still ahead, so "were planted in late spring" is the
// spring before; in late May it is this one. A plan, or the season with
// no part, keeps the current one.
func TestSeasonPartStillAhead(t *testing.T) {
	for _, c := range []struct {
		text string
		ref  time.Time
		want string
	}{
		{"Barley was planted in late spring near Oldcastle.", time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), "2024-SP"},
		{"Barley was planted in the late spring near Oldcastle.", time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC), "2024-SP"},
		{"The Velm river flooded in mid winter.", time.Date(2025, 12, 20, 0, 0, 0, 0, time.UTC), "2024-WI"},
		{"The Velm river flooded in late winter.", time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), "2023-WI"},
		// The part has begun, or the sentence looks ahead, or no part.
		{"Barley was planted in late spring near Oldcastle.", time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC), "2025-SP"},
		{"Barley was planted in mid spring near Oldcastle.", time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC), "2025-SP"},
		{"Barley will be planted in late spring near Oldcastle.", time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), "2025-SP"},
		{"Barley was planted in spring near Oldcastle.", time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), "2025-SP"},
		// A past in another clause is no tense of the season's.
		{"The Velm farm, which was sold to Ortiz, plants its barley in late spring.", time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), "2025-SP"},
	} {
		for _, got := range [][]Match{Find(c.text, c.ref), findAnnotated(c.text, c.ref)} {
			if len(got) != 1 || got[0].Value != c.want {
				t.Errorf("%q (%s): got %s, want %s", c.text, c.ref.Format("2006-01-02"), describe(got), c.want)
			}
		}
	}
}
