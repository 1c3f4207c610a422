package timex

import "testing"

// TestMayMarchAugustRanges checks that "May", "March" and "August", which
// need a cue to be months, take a day range glued to a dash as one: "May
// 3-5" had been nothing and "March 3-April 5" the 3rd of April (qref is
// 2013-02-12).
func TestMayMarchAugustRanges(t *testing.T) {
	cases := []struct {
		text, first, last string
	}{
		{"The exhibit will run March 3-April 5.", "2013-03-03", "2013-04-05"},
		{"The summit will run May 3-5 in the capital.", "2013-05-03", "2013-05-05"},
		{"The show ran August 30-September 2, 2012.", "2012-08-30", "2012-09-02"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Value != c.first || got[0].Range == nil || got[0].Range[0] != c.first || got[0].Range[1] != c.last {
			t.Errorf("%q: got %s, want %s to %s", c.text, describe(got), c.first, c.last)
		}
	}
	// The modal stays a verb.
	if got := Find("Guards may 3-5 times a night check the doors.", qref); len(got) > 0 && got[0].Text[0] == 'm' {
		t.Errorf("modal read as a month: %s", describe(got))
	}
}
