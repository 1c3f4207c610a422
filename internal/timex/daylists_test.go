package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestDayListsAndNext(t *testing.T) {
	cases := []struct {
		text  string
		spans []string
		vals  []string
	}{
		{"The talks are on 18 and 19 June.", []string{"18", "19 June"}, []string{"2013-06-18", "2013-06-19"}},
		{"Votes were cast on 3, 4 and 5 May 2012.", []string{"3", "4", "5 May 2012"}, []string{"2012-05-03", "2012-05-04", "2012-05-05"}},
		{"He paid $12 December 27.", []string{"December 27"}, []string{"2012-12-27"}},
		{"It was due next 6th of April.", []string{"next 6th of April"}, []string{"2013-04-06"}},
		{"It was due next 5th of February.", []string{"next 5th of February"}, []string{"2014-02-05"}},
		{"Talks end this working week.", []string{"this working week"}, []string{"2013-W07"}},
		{"It starts on Sunday early morning at 8:00.", []string{"Sunday early morning at 8:00"}, []string{"2013-02-10T08:00"}},
		{"It starts on Sunday late evening at 10:00.", []string{"Sunday late evening at 10:00"}, []string{"2013-02-10T22:00"}},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		ok := len(got) == len(c.spans)
		for i := 0; ok && i < len(got); i++ {
			ok = got[i].Text == c.spans[i] && got[i].Value == c.vals[i]
		}
		if !ok {
			t.Errorf("%q: got %s, want %v %v", c.text, describe(got), c.spans, c.vals)
		}
	}
}

func TestYearsPartAndDayEnds(t *testing.T) {
	cases := []struct{ text, span, value, mod string }{
		{"Sales will fall in next year's first quarter.", "next year's first quarter", "2014-Q1", ""},
		{"Profit rose in this year's third quarter.", "this year's third quarter", "2013-Q3", ""},
		{"Bids are due by the end of the day.", "the end of the day", "2013-02-12", "END"},
		{"IVAC was sold on Dec31 , 1994.", "Dec31 , 1994", "1994-12-31", ""},
		{"They meet on Monday of the following week.", "Monday of the following week", "2013-02-18", ""},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value || got[0].Mod != c.mod {
			t.Errorf("%q: got %s, want %q %s %s", c.text, describe(got), c.span, c.value, c.mod)
		}
	}
	// The idiom is not a time.
	if got := Find("At the end of the day, voters decide.", qref); len(got) != 0 {
		t.Errorf("at the end of the day: got %s", describe(got))
	}
	// An end written day first does not lend its day to the start.
	got := Find("I'll be away from 2pm till tomorrow 4:30pm.", qref)
	if len(got) != 2 || got[0].Value != "2013-02-12T14:00" {
		t.Errorf("from 2pm till tomorrow 4:30pm: got %s", describe(got))
	}
}

func TestEmbeddedAndSame(t *testing.T) {
	cases := []struct{ text, value string }{
		{"The file is sales_report-2002-10-09.xlsx", "2002-10-09"},
		{"See example.com/data/report-20170302.html", "2017-03-02"},
		{"-20200701-", "2020-07-01"},
	}
	for _, c := range cases {
		if got := Find(c.text, qref); len(got) != 1 || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %s", c.text, describe(got), c.value)
		}
	}
	// Digits on either side, an impossible day or two dates: no date.
	for _, s := range []string{"Call 20170302555 please", "Ref report-20171332.html", "Ref a-2017-03-02-2018-04-05"} {
		if got := Find(s, qref); len(got) != 0 {
			t.Errorf("%q: got %s, want nothing", s, describe(got))
		}
	}
	// "the same year" is the year last named, or unknown.
	if got := Find("He was born in 1950. His brother died the same year.", qref); len(got) != 2 || got[1].Value != "1950" {
		t.Errorf("the same year: got %s", describe(got))
	}
	if got := Find("I was not there the same week.", qref); len(got) != 1 || got[0].Value != "XXXX-WXX" {
		t.Errorf("the same week: got %s", describe(got))
	}
}

func TestAdverbOnlySets(t *testing.T) {
	cases := []struct{ text, value string }{
		{"Dividends are paid quarterly.", "P3M"},
		{"Reports are filed each quarter.", "P3M"},
		{"I run everyday, and rest on Sundays", "P1D"},
	}
	for _, c := range cases {
		if got := Find(c.text, qref); len(got) < 1 || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %s", c.text, describe(got), c.value)
		}
	}
	for _, s := range []string{"Its quarterly report fell.", "It is an everyday routine."} {
		if got := Find(s, qref); len(got) != 0 {
			t.Errorf("%q: got %s, want nothing", s, describe(got))
		}
	}
}

func TestOrdinalAfterCommaAndTues(t *testing.T) {
	if got := Find("The vote will be on October, 1st.", qref); len(got) != 1 || got[0].Text != "October, 1st" || got[0].Value != "2013-10-01" {
		t.Errorf("October, 1st: got %s", describe(got))
	}
	if got := Find("In October, 12 people died.", qref); len(got) != 1 || got[0].Text != "October" {
		t.Errorf("October, 12 people: got %s", describe(got))
	}
	if got := Find("They met on tues the 5th 7pm.", qref); len(got) != 1 || got[0].Value != "2013-02-05T19:00" {
		t.Errorf("tues the 5th 7pm: got %s", describe(got))
	}
}

func TestSaintWithYearAndYearToDate(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"They marched on saint patrick 2012.", "saint patrick 2012", "2012-03-17"},
		{"Shares are up 3% year to date.", "year to date", "2013"},
		{"Stocks fell in the year to date.", "the year to date", "2013"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
	if got := Find("Caesar was killed on the Ides of March.", qref); len(got) != 1 || got[0].Value != "2012-03-15" {
		t.Errorf("the Ides of March: got %s", describe(got))
	}
	if got := Find("Saint Patrick brought Christianity to Ireland.", qref); len(got) != 0 {
		t.Errorf("the saint: got %s", describe(got))
	}
}

func TestMonthWeekend(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The race is on the last weekend of October.", "the last weekend of October", "2012-W43-WE"},
		{"The fair opens the first weekend in May 2017.", "the first weekend in May 2017", "2017-W18-WE"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
}

func TestWeekdayEarlyPart(t *testing.T) {
	got := Find("They struck on Monday early morning.", qref)
	if len(got) != 1 || got[0].Text != "Monday early morning" || got[0].Value != "2013-02-11TMO" || got[0].Mod != "START" {
		t.Errorf("Monday early morning: got %s", describe(got))
	}
}

func TestNthThisMonth(t *testing.T) {
	if got := Find("We meet on the 3rd next month.", qref); len(got) != 1 || got[0].Text != "the 3rd next month" || got[0].Value != "2013-03-03" {
		t.Errorf("the 3rd next month: got %s", describe(got))
	}
}

func TestDaysAfterAMonthFirstDate(t *testing.T) {
	checkWith(t, "The talks will be held on May 30 and 31 in Oslo.", qref, Options{},
		[]want{{"May 30", doc.Date, "2013-05-30", ""}, {"31", doc.Date, "2013-05-31", ""}})
	checkWith(t, "The fair will run on March 3, 4 and 5.", qref, Options{},
		[]want{{"March 3", doc.Date, "2013-03-03", ""}, {"4", doc.Date, "2013-03-04", ""}, {"5", doc.Date, "2013-03-05", ""}})
	// A count after the number, an earlier day, a weekday before: no day.
	checkWith(t, "The mayor will meet them on March 3 and 4 others later.", qref, Options{},
		[]want{{"March 3", doc.Date, "2013-03-03", ""}})
	checkWith(t, "The score on March 3 and 2 days later was level.", qref, Options{},
		[]want{{"March 3", doc.Date, "2013-03-03", ""}, {"2 days later", doc.Duration, "P2D", ""}})
	checkWith(t, "They will come on Monday and 4 will stay.", qref, Options{},
		[]want{{"Monday", doc.Date, "2013-02-18", ""}})
}
