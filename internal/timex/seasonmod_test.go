package timex

import "testing"

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
