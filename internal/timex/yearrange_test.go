package timex

import "testing"

func TestSpacedYearRange(t *testing.T) {
	for _, c := range []struct{ text, first, last string }{
		{"She chaired the board 1971 - 1974 before retiring.", "1971", "1974"},
		{"The survey covered 2003 – 2008 in detail.", "2003", "2008"},
	} {
		// Two TIMEX3s, the first with the Range, as for "from 1971 to
		// 1974"; one match with Options.Intervals.
		got := Find(c.text, qref)
		if len(got) != 2 || got[0].Value != c.first || got[1].Value != c.last || got[0].Range == nil || got[0].Range[1] != c.last {
			t.Errorf("%q: got %s, want %s with Range to %s, then %s", c.text, describe(got), c.first, c.last, c.last)
		}
		got = FindWith(c.text, qref, Options{Intervals: true})
		if len(got) != 1 || got[0].Range == nil || got[0].Range[0] != c.first || got[0].Range[1] != c.last {
			t.Errorf("%q with Intervals: got %s", c.text, describe(got))
		}
	}
	for _, text := range []string{
		"The home side won 3 - 1 on the night.",
		"The count went from 2012 - 1990 in a day.",
		"Lines 2010 - 2012 - 2014 were renumbered.",
	} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: no span of years, got %s", text, describe(Find(text, qref)))
			}
		}
	}
}
