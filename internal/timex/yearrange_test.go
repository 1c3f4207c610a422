package timex

import "testing"

func TestSpacedYearRange(t *testing.T) {
	for _, c := range []struct{ text, span, from, to string }{
		{"She chaired the board 1971 - 1974 before retiring.", "1971 - 1974", "1971", "1974"},
		{"The survey covered 2003 – 2008 in detail.", "2003 – 2008", "2003", "2008"},
	} {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.from || got[0].Range == nil || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s..%s", c.text, describe(got), c.span, c.from, c.to)
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
