package timex

import "testing"

// TestCountedSecondsRange checks that a count of seconds before or after
// now carries the seconds it spans, written to the second (qref is
// 04:30:00): the span of "the last 2 seconds" was written to the minute
// and named the whole minute 04:29.
func TestCountedSecondsRange(t *testing.T) {
	cases := []struct {
		text, value, first, last string
	}{
		{"The lights flickered in the last 2 seconds before the buzzer.", "PT2S", "2013-02-12T04:29:58", "2013-02-12T04:29:59"},
		{"Watch the gauge over the next three seconds.", "PT3S", "2013-02-12T04:30:01", "2013-02-12T04:30:03"},
		// Minutes keep their minute precision.
		{"Watch the gauge over the next three minutes.", "PT3M", "2013-02-12T04:31", "2013-02-12T04:33"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Value != c.value || got[0].Range == nil || got[0].Range[0] != c.first || got[0].Range[1] != c.last {
			t.Errorf("%q: got %s, want %s with Range %s to %s", c.text, describe(got), c.value, c.first, c.last)
		}
	}
}
