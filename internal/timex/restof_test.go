package timex

import "testing"

func TestRestOfUnit(t *testing.T) {
	// qref is Tuesday 2013-02-12.
	for _, c := range []struct{ text, span, value, from, to string }{
		{"Talks will go on for the rest of the week.", "the rest of the week", "2013-W07", "2013-02-12", "2013-02-17"},
		{"Prices should hold for the remainder of the year.", "the remainder of the year", "2013", "2013-02-12", "2013-12-31"},
		{"The office is shut for the rest of this month.", "the rest of this month", "2013-02", "2013-02-12", "2013-02-28"},
		{"On March 3, 2010, the plant shut for the rest of the week.", "the rest of the week", "2010-W09", "2010-03-03", "2010-03-07"},
	} {
		var got *Match
		for _, m := range Find(c.text, qref) {
			if m.Text == c.span {
				got = &m
			}
		}
		if got == nil || got.Value != c.value || got.Range == nil || got.Range[0] != c.from || got.Range[1] != c.to {
			t.Errorf("%q: got %s, want %q=%s %s..%s", c.text, describe(Find(c.text, qref)), c.span, c.value, c.from, c.to)
		}
	}
	checkWith(t, "The rest of the world watched the vote.", qref, Options{}, nil)
	checkWith(t, "The remainder of the debt was forgiven.", qref, Options{}, nil)
}
