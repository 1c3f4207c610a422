package timex

import "testing"

func TestClockRangesUntilAndOvernight(t *testing.T) {
	// qref is Tuesday 2013-02-12; a sentence without a tense cue looks
	// back, one with "will" forward.
	for _, c := range []struct{ text, span, from, to, end string }{
		// A clock time up to another needs no "from".
		{"Polls will be open 7am until 8pm on Thursday.", "7am", "2013-02-14T07:00", "2013-02-14T20:00", "2013-02-14T20:00"},
		// Past midnight the end is the next morning, in Range and alone.
		{"The curfew runs from 9 p.m. to 6 a.m.", "9 p.m.", "2013-02-12T21:00", "2013-02-13T06:00", "2013-02-13T06:00"},
		{"The curfew will run 10pm-5am.", "10pm-5am", "2013-02-12T22:00", "2013-02-13T05:00", ""},
		{"On Friday the curfew runs from 9 p.m. to 6 a.m.", "9 p.m.", "2013-02-08T21:00", "2013-02-09T06:00", "2013-02-09T06:00"},
		// The end of an interval on a named day keeps that day.
		{"On Friday the office is open from 9 a.m. to 5 p.m.", "9 a.m.", "2013-02-08T09:00", "2013-02-08T17:00", "2013-02-08T17:00"},
	} {
		got := Find(c.text, qref)
		var start, end *Match
		for k := range got {
			if got[k].Text == c.span {
				start = &got[k]
				if k+1 < len(got) {
					end = &got[k+1]
				}
			}
		}
		if start == nil || start.Range == nil || start.Range[0] != c.from || start.Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s..%s", c.text, describe(got), c.span, c.from, c.to)
			continue
		}
		if c.end != "" && (end == nil || end.Value != c.end) {
			t.Errorf("%q: the end alone should be %s: %s", c.text, c.end, describe(got))
		}
	}
	// A clock time before "until" a day is no interval.
	for _, m := range Find("He was held from 8am until Friday.", qref) {
		if m.Range != nil {
			t.Errorf("no clock interval expected: %s", describe(Find("He was held at 8am until Friday.", qref)))
		}
	}
}
