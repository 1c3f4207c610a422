package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestFortnightCoupleAbbrMonth(t *testing.T) {
	// qref is Tuesday 2013-02-12, in ISO week 7.
	cases := []struct {
		text  string
		wants []want
	}{
		{"Cases doubled over the past fortnight.", []want{{"the past fortnight", doc.Duration, "P2W", ""}}},
		{"Rain is due over the next couple weeks.", []want{{"the next couple weeks", doc.Duration, "P2W", ""}}},
		{"Talks will resume in the 2nd week of Mar.", []want{{"the 2nd week of Mar.", doc.Date, "2013-W11", ""}}},
		{"The fair will open on the first Monday of Sept.", []want{{"the first Monday of Sept.", doc.Date, "2013-09-02", ""}}},
		// Negatives: "the last day" stays the final one; "couple" alone
		// is no count; an abbreviation alone needs its cue.
		{"It was the last fortnight of the season.", nil},
		{"The couple weeks went fast.", nil},
		{"Jan said the week of rest helped.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
	// The fortnight's Range is its two calendar weeks, as for "the past two weeks".
	got := Find("Cases doubled over the past fortnight.", qref)
	if len(got) != 1 || got[0].Range == nil || got[0].Range[0] != "2013-W05" || got[0].Range[1] != "2013-W06" {
		t.Errorf("fortnight Range: got %s", describe(got))
	}
}

func TestShortDateBeforeDeadline(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		// A slashed day before "before"/"by" and a clock time is a date,
		// and the clock time is on it.
		{"Bids are due 14/11 before 3pm.", []want{
			{"14/11", doc.Date, "2013-11-14", ""}, {"3pm", doc.TimeOfDay, "2013-11-14T15:00", ""}}},
		// Negative: without a clock time after it, it stays a number.
		{"Turnout was 3/4 before the rain.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}

func TestWeekdayAbbrInList(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The clinic will open Fri or Sat.", []want{
			{"Fri", doc.Date, "2013-02-15", ""}, {"Sat.", doc.Date, "2013-02-16", ""}}},
		{"Voting will run Wednesday and Thu.", []want{
			{"Wednesday", doc.Date, "2013-02-13", ""}, {"Thu.", doc.Date, "2013-02-14", ""}}},
		// Negative: an abbreviation beside no weekday is a name or a verb.
		{"Sun and Oracle signed a deal.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
