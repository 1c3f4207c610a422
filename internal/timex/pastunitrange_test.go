package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestPastUnitRange checks that "the past week", "the coming week", "the
// next decade" stay the lengths TimeML writes and carry the calendar unit
// they cover as their Range, as "the past two weeks" does (qref is Tuesday
// 2013-02-12, in ISO week 7).
func TestPastUnitRange(t *testing.T) {
	cases := []struct {
		text, value, first, last string
	}{
		{"Prices fell sharply over the past week.", "P1W", "2013-W06", "2013-W06"},
		{"Officials will meet again in the coming week.", "P1W", "2013-W08", "2013-W08"},
		{"The plant should open in the next decade.", "P10Y", "202", "202"},
		{"Growth slowed over the past decade, the bank said.", "P10Y", "200", "200"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Type != doc.Duration || got[0].Value != c.value || got[0].Range == nil ||
			got[0].Range[0] != c.first || got[0].Range[1] != c.last {
			t.Errorf("%q: got %s, want %s with Range %s to %s", c.text, describe(got), c.value, c.first, c.last)
		}
	}
	// Before "of" the unit belongs to what follows: no Range.
	for _, m := range Find("Sales in the past week of trading fell.", qref) {
		if m.Range != nil {
			t.Errorf("'the past week of trading': got Range %v", *m.Range)
		}
	}
}
