package timex

import "testing"

func TestAfternoonHours(t *testing.T) {
	cases := []struct{ text, span, start, end string }{
		{"The hearing runs between 3 and 5 on Friday.", "3 and 5 on Friday", "2013-02-08T15:00", "2013-02-08T17:00"},
		{"They will meet 3:00 to 4:00 tomorrow.", "3:00 to 4:00 tomorrow", "2013-02-13T15:00", "2013-02-13T16:00"},
		{"Polls are open from 10:30 to 3 on March 4, 2013.", "10:30 to 3 on March 4, 2013", "2013-03-04T10:30", "2013-03-04T15:00"},
		{"They were out between 7 and 9:30 last night.", "7 and 9:30 last night", "2013-02-11T19:00", "2013-02-11T21:30"},
		// Written halves of the day, 24-hour clocks and long shifts stay.
		{"The shift ran between 3 and 5 a.m. on Friday.", "3 and 5 a.m. on Friday", "2013-02-08T03:00", "2013-02-08T05:00"},
		{"It will be closed 03:00 to 04:00 tomorrow.", "03:00 to 04:00 tomorrow", "2013-02-13T03:00", "2013-02-13T04:00"},
		{"They worked 5:00 to 11:00 tomorrow.", "5:00 to 11:00 tomorrow", "2013-02-13T05:00", "2013-02-13T11:00"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Range == nil || got[0].Range[0] != c.start || got[0].Range[1] != c.end {
			t.Errorf("%q: got %s, want %q %s–%s", c.text, describe(got), c.span, c.start, c.end)
		}
	}
	// The end written as its own expression takes the start's day and half.
	got := Find("I'll be away between 2:00 tomorrow and 4:00.", qref)
	if len(got) != 2 || got[1].Value != "2013-02-13T16:00" {
		t.Errorf("between 2:00 tomorrow and 4:00: got %s", describe(got))
	}
}

func TestPeriodFrom(t *testing.T) {
	cases := []struct{ text, span, value, from, to string }{
		{"The show runs for 10 days from Feb. 18.", "10 days", "P10D", "2013-02-18", "2013-02-27"},
		{"They are away for a week starting tomorrow.", "a week", "P1W", "2013-02-13", "2013-02-19"},
		{"The office is shut for 3 days, from today.", "3 days", "P3D", "2013-02-12", "2013-02-14"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 2 || got[0].Text != c.span || got[0].Value != c.value || got[0].Range == nil ||
			got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s [%s %s] and its day", c.text, describe(got), c.span, c.value, c.from, c.to)
		}
	}
	// Without "for", a length from a day is the day it reaches.
	if got := Find("He is back three weeks from tomorrow.", qref); len(got) != 1 || got[0].Value != "2013-03-06" {
		t.Errorf("three weeks from tomorrow: got %s", describe(got))
	}
}

func TestClockSpellings(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"I'll be back at 9.am.", "9.am", "2013-02-12T09:00"},
		{"Lunch is served at mid day.", "mid day", "2013-02-12T12:00"},
		{"They left at mid night.", "mid night", "2013-02-12T24:00"},
		{"Where were you from 3-8pm yesterday afternoon?", "3-8pm yesterday afternoon", "2013-02-11T15:00"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
	// "mid" alone is no time.
	if got := Find("Prices rose in mid trading.", qref); len(got) != 0 {
		t.Errorf("mid trading: got %s", describe(got))
	}
}

func TestHoursAfterPartsAndDays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"We meet tonight from 7 to 9.", "tonight from 7 to 9", "2013-02-12T19:00"},
		{"We meet tomorrow evening between 7 and 9.", "tomorrow evening between 7 and 9", "2013-02-13T19:00"},
		{"I'll be there on Wednesday 4 o'clock.", "Wednesday 4 o'clock", "2013-02-13T04:00"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
	// A count after the hours is no clock range.
	if got := Find("He scored tonight from 7 to 9 points.", qref); len(got) != 1 || got[0].Text != "tonight" {
		t.Errorf("from 7 to 9 points: got %s", describe(got))
	}
}

func TestDottedClockInASet(t *testing.T) {
	if got := Find("The club meets Thursdays at 17.30.", qref); len(got) != 1 || got[0].Value != "XXXX-WXX-4T17:30" {
		t.Errorf("Thursdays at 17.30: got %s", describe(got))
	}
	// Alone, a dotted number after "at" is a price.
	if got := Find("Shares closed at 17.30 on Thursday.", qref); len(got) != 1 || got[0].Text != "Thursday" {
		t.Errorf("closed at 17.30: got %s", describe(got))
	}
}

func TestYearThenClock(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"It opened on July 18, 2014 7pm.", "July 18, 2014 7pm", "2014-07-18T19:00"},
		{"It opened on Fri, Jul 18, 2014 19h00.", "Fri, Jul 18, 2014 19h00", "2014-07-18T19:00"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
	// A count after a year stays out of the time.
	if got := Find("On July 18, 2014 15 people died.", qref); len(got) != 1 || got[0].Text != "July 18" {
		t.Errorf("July 18, 2014 15 people: got %s", describe(got))
	}
}
