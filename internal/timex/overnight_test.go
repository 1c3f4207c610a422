package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

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

func TestClockRangeBareEnd(t *testing.T) {
	for _, c := range []struct{ text, span, from, to string }{
		{"The office is open 8am until 6.", "8am until 6", "2013-02-12T08:00", "2013-02-12T18:00"},
		{"The office is open from 9 a.m. to 5.", "9 a.m. to 5", "2013-02-12T09:00", "2013-02-12T17:00"},
		{"The hearing runs 1pm to 3, the clerk said.", "1pm to 3", "2013-02-12T13:00", "2013-02-12T15:00"},
		{"The bar is open 10pm to 2 on Fridays.", "10pm to 2", "2013-02-12T22:00", "2013-02-13T02:00"},
	} {
		got := Find(c.text, qref)
		if len(got) == 0 || got[0].Text != c.span || got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s..%s", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// An hour that may be either half of the day, or a count.
	for _, text := range []string{"Polls are open 7am to 8, officials said.", "The panel runs from 9am to 5 speakers."} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: no range expected, got %s", text, describe(Find(text, qref)))
			}
		}
	}
}

// TestOvernightGoneInFutureSentence: "overnight" looks ahead only when the
// verb nearest before it does; an event of the night gone in a sentence
// about what comes keeps the night before publication (pub is 2025-08-28).
// Read with the tagger's tags, which tell "broke" is a past.
func TestOvernightGoneInFutureSentence(t *testing.T) {
	for _, c := range []struct {
		text  string
		wants []want
	}{
		{"Velm police will investigate the fire that broke out overnight.", []want{{"overnight", doc.TimeOfDay, "2025-08-27TNI", ""}}},
		{"The Orrin road will stay shut after a landslide overnight.", []want{{"overnight", doc.TimeOfDay, "2025-08-27TNI", ""}}},
		{"Frost in Velm will ease overnight.", []want{{"overnight", doc.TimeOfDay, "2025-08-28TNI", ""}}},
	} {
		compare(t, c.text, findAnnotated(c.text, pub), c.wants)
	}
}
