package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestMinutesToNoonAndMidnight(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"The blast came at ten to midnight.", "ten to midnight", "2013-02-12T23:50"},
		{"The polls shut at five to noon.", "five to noon", "2013-02-12T11:55"},
		{"The last train left 20 to midnight.", "20 to midnight", "2013-02-12T23:40"},
		{"The ferry docked 15 minutes past 15h.", "15 minutes past 15h", "2013-02-12T15:15"},
		{"The ferry docked 15 minutes from 1pm.", "15 minutes from 1pm", "2013-02-12T13:15"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// After "from", or with an hour before "to" and no "at", an interval.
	for _, text := range []string{"The bar is open from ten to midnight.", "The bar is open 10 to midnight."} {
		got := Find(text, qref)
		if len(got) != 1 || got[0].Range == nil || got[0].Value != "2013-02-12T22:00" {
			t.Errorf("%q: want the interval from 22:00, got %s", text, describe(got))
		}
	}
	checkWith(t, "The vote was 15 to 3.", qref, Options{}, nil)
	checkWith(t, "The shop is 15 minutes from downtown.", qref, Options{}, []want{{"15 minutes", doc.Duration, "PT15M", ""}})
}
