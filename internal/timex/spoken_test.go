package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestSpokenClock(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The vote is at ten thirty.", "ten thirty", "2013-02-12T10:30"},
		{"Doors open at twelve oh three.", "twelve oh three", "2013-02-12T12:03"},
		{"The train left at nine fifty nine a m.", "nine fifty nine a m", "2013-02-12T09:59"},
		{"Polls close at 3:30 p m today.", "3:30 p m today", "2013-02-12T15:30"},
		{"The bell rang at four twenty-three pm.", "four twenty-three pm", "2013-02-12T16:23"},
		{"They meet at eight tonight.", "eight tonight", "2013-02-12T20:00"},
		{"The sun sets at five-thirty tomorrow evening.", "five-thirty tomorrow evening", "2013-02-13T17:30"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// Alone, a spoken time is read forward; digits need to be alone.
	checkWith(t, "half three", qref, Options{Direction: Future}, []want{{"half three", doc.TimeOfDay, "2013-02-12T15:30", ""}})
	checkWith(t, "at 1030", qref, Options{Direction: Future}, []want{{"1030", doc.TimeOfDay, "2013-02-12T10:30", ""}})
	// Counts are not clock times.
	for _, text := range []string{
		"The index closed at 1030 on Friday.",
		"They scored 3 15 times.",
		"The ten fifteen-year-olds left.",
		"At ten, thirty people left.",
		"He was at three twenty minutes later.",
		"Half three million voters stayed home.",
	} {
		for _, m := range Find(text, qref) {
			if m.Type == doc.TimeOfDay {
				t.Errorf("%q: read as a clock time: %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestClockAfter(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Results are due in 15 minutes.", "15 minutes", "2013-02-12T04:45:00"},
		{"Results are due in 2.5 hours.", "2.5 hours", "2013-02-12T07:00:00"},
		{"Results are due in two hours.", "two hours", "2013-02-12T06:30"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
}
