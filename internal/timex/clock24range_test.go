package timex

import "testing"

// TestClockRange24Hour checks that a range ending on a 24-hour clock keeps
// a start written as a 24-hour clock: "from 06:00 to 18:00" had taken the
// end's afternoon and become 18:00 to 18:00. A bare start still takes it.
func TestClockRange24Hour(t *testing.T) {
	cases := []struct {
		text, first, last string
	}{
		{"The curfew will run from 0600 to 1800 GMT.", "2013-02-12T06:00", "2013-02-12T18:00"},
		{"The market opens from 06:00 to 18:00 on weekdays.", "2013-02-12T06:00", "2013-02-12T18:00"},
		{"The border stays open from 6:00 to 18:00 GMT.", "2013-02-12T06:00", "2013-02-12T18:00"},
		// A bare start before an afternoon end is the afternoon's.
		{"The polls stay open from 2 to 17:00.", "2013-02-12T14:00", "2013-02-12T17:00"},
		// Within the end's hour, too ("7 and 7:30 p.m." is half an hour).
		{"Polls close between 7 and 7:30 p.m. in most counties.", "2013-02-12T19:00", "2013-02-12T19:30"},
		{"The road is shut from 10 to 10:45 p.m. tonight.", "2013-02-12T22:00", "2013-02-12T22:45"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) == 0 || got[0].Value != c.first || got[0].Range == nil || got[0].Range[0] != c.first || got[0].Range[1] != c.last {
			t.Errorf("%q: got %s, want %s to %s", c.text, describe(got), c.first, c.last)
		}
	}
}
