package timex

import "testing"

func TestIntervalToNowAndToDate(t *testing.T) {
	// qref is 2013-02-12: an interval ending "now" or "to date" ends on
	// the publication day.
	cases := []struct {
		text, first, last string
	}{
		{"Prices have doubled between May 2011 and now.", "2011-05", "2013-02-12"},
		{"Output rose from June to date, the ministry said.", "2012-06", "2013-02-12"},
		{"Sales grew since 2009 till current date in every region.", "2009", "2013-02-12"},
	}
	for _, c := range cases {
		for _, o := range []Options{{}, {Intervals: true}} {
			got := FindWith(c.text, qref, o)
			if len(got) == 0 || got[0].Value != c.first || got[0].Range == nil || got[0].Range[0] != c.first || got[0].Range[1] != c.last {
				t.Errorf("%q %+v: got %s, want %s to %s", c.text, o, describe(got), c.first, c.last)
			}
		}
	}
	// Negatives: "to date" as an idiom, or before a noun, is no interval end.
	for _, text := range []string{
		"It is the largest deal to date.",
		"The grid maps values from 2009 to date ranges in the table.",
	} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: no interval, got %s", text, describe(Find(text, qref)))
			}
		}
	}
}
