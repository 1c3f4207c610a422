package timex

import "testing"

func TestLengthFromADayOrAClock(t *testing.T) {
	// qref is Tuesday 2013-02-12 at 04:30.
	for _, c := range []struct{ text, span, from, to string }{
		{"The fair will run from March 18 for 10 days.", "10 days", "2013-03-18", "2013-03-27"},
		{"Roads will close on March 4 for two weeks.", "two weeks", "2013-03-04", "2013-03-17"},
		{"The hearing resumes at 4pm for 30 minutes.", "30 minutes", "2013-02-12T16:00", "2013-02-12T16:30"},
	} {
		var got *Match
		for _, m := range Find(c.text, qref) {
			if m.Text == c.span {
				got = &m
			}
		}
		if got == nil || got.Range == nil || got.Range[0] != c.from || got.Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s..%s", c.text, describe(Find(c.text, qref)), c.span, c.from, c.to)
		}
	}
	// A term in years, a length in the next sentence, a day not just
	// before "for": no interval.
	for _, text := range []string{
		"He was sentenced on June 3 for 30 years.",
		"He arrived on Monday. For two weeks nothing happened.",
		"On Monday the mayor spoke for an hour and left.",
	} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: no interval expected, got %s", text, describe(Find(text, qref)))
			}
		}
	}
}
