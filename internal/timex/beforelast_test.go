package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestBeforeLastAndWeekendAfterNext(t *testing.T) {
	// qref is Tuesday 2013-02-12, ISO week 7.
	for _, c := range []struct{ text, span, value string }{
		{"Turnout fell the year before last.", "the year before last", "2011"},
		{"Prices rose the week before last.", "the week before last", "2013-W05"},
		{"Prices rose the month before last.", "the month before last", "2012-12"},
		{"The fair opened the weekend before last.", "the weekend before last", "2013-W05-WE"},
		{"The fair opens the weekend after next.", "the weekend after next", "2013-W09-WE"},
		{"The mayor spoke Friday before last.", "Friday before last", "2013-02-01"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// "last" alone after "before" is no date.
	checkWith(t, "He was the one before last in line.", qref, Options{}, nil)
}
