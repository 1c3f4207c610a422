package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Table tests for round two of issue #4, news-style sentences against
// qref (Tuesday 2013-02-12, 04:30).

func TestShortNumericDates(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The vote was set for Friday 2/15.", "Friday 2/15", "2013-02-15"},
		{"The hearing resumes on 22/04.", "22/04", "2013-04-22"},
		{"The vote is 4/25 at 4:00pm.", "4/25 at 4:00pm", "2013-04-25T16:00"},
		{"2/15", "2/15", "2013-02-15"},
		{"The market closed 08-28-2012 at a low.", "08-28-2012", "2012-08-28"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// Days in a list after a first one: each is a date.
	got := Find("The panel sits on 3/20, 3/22 or 3/25.", qref)
	if len(got) != 3 || got[2].Value != "2013-03-25" {
		t.Errorf("list of days: got %s", describe(got))
	}
	// Fractions, ratios, scores and the attacks are not dates.
	for _, text := range []string{
		"About 2/3 of voters agreed.", "The team won 3/2 on aggregate.",
		"The memorial to the 9/11 victims opened.", "Between 1/3 and 1/2 of the staff left.",
		"The score was 10-31-74 in the end.", "They lost 3-2.",
	} {
		for _, m := range Find(text, qref) {
			if m.Type == doc.Date {
				t.Errorf("%q: read a date %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestNumericDateRanges(t *testing.T) {
	cases := []struct{ text, span, from, to string }{
		{"The fair ran 10/1/2018-10/7/2018 in the city.", "10/1/2018-10/7/2018", "2018-10-01", "2018-10-07"},
		{"Polls were open 5/1-5/7/2020.", "5/1-5/7/2020", "2020-05-01", "2020-05-07"},
		{"The period is 12/28-1/4/2017.", "12/28-1/4/2017", "2016-12-28", "2017-01-04"},
		{"Voting ran 5/1-5/7, 2020 across the state.", "5/1-5/7, 2020", "2020-05-01", "2020-05-07"},
		{"The show closes on 3/1-3/5.", "3/1-3/5", "2013-03-01", "2013-03-05"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s..%s]", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// Ends that run backwards, or a bare pair with no date around it,
	// are not ranges of days.
	for _, text := range []string{"It ran 10/7/2018-10/1/2018 there.", "The ratio moved 3/1-3/5 overnight."} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: read a range %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestWeekNamedByDay(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The vote is set for the week of March 4.", "the week of March 4", "2013-W10"},
		{"Sales fell the week of March 3, 2008.", "the week of March 3, 2008", "2008-W10"}, // a Monday
		{"The sale will run the week beginning February 4.", "the week beginning February 4", "2013-W06"},
		{"Hearings resume the week starting on Monday, March 4.", "the week starting on Monday, March 4", "2013-W10"},
		{"Meetings resume w/c 4 March.", "w/c 4 March", "2013-W10"},
		{"Talks will take place the week of the 25th.", "the week of the 25th", "2013-W09"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// A week named by an event is left alone.
	if got := Find("He spoke during the week of the election.", qref); len(got) != 0 {
		t.Errorf("week of an event: got %s", describe(got))
	}
}

func TestPartOfAPartOfDay(t *testing.T) {
	cases := []struct{ text, span, value, mod string }{
		{"The blast happened early in the morning.", "early in the morning", "2013-02-12TMO", "START"},
		{"Talks resumed later in the afternoon.", "later in the afternoon", "2013-02-12TAF", "END"},
		{"Police arrived late in the evening.", "late in the evening", "2013-02-12TEV", "END"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, c.mod}})
	}
	// "late in the day" is still left alone (see at).
	if got := Find("He came back late in the day.", qref); len(got) != 0 {
		t.Errorf("late in the day: got %s", describe(got))
	}
}

func TestCountedSpans(t *testing.T) {
	cases := []struct{ text, span, value, from, to string }{
		{"Prices have doubled in the past two years.", "the past two years", "P2Y", "2011", "2012"},
		{"Police made 40 arrests over the last 3 days.", "the last 3 days", "P3D", "2013-02-09", "2013-02-11"},
		{"The firm will hire 500 people in the next three months.", "the next three months", "P3M", "2013-03", "2013-05"},
		{"Sales rose in the past 2 weeks.", "the past 2 weeks", "P2W", "2013-W05", "2013-W06"},
		{"He will speak within the next 48 hours.", "the next 48 hours", "PT48H", "2013-02-12T05", "2013-02-14T04"},
		{"Sales fell in the past two quarters.", "the past two quarters", "P6M", "2012-Q3", "2012-Q4"},
		{"It grew over the past two decades.", "the past two decades", "P20Y", "199", "200"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value || got[0].Type != doc.Duration ||
			got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s|%s..%s]", c.text, describe(got), c.span, c.value, c.from, c.to)
		}
	}
	// A vague count, a bare length and fortnights have no ends.
	for _, text := range []string{"Over the past few days, prices rose.", "The strike lasted 2 weeks.", "It grew over the past two fortnights."} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: got ends %v", text, *m.Range)
			}
		}
	}
}

func TestZoneKeptAsNote(t *testing.T) {
	cases := []struct{ text, value, zone string }{
		{"The briefing will start at 3pm EST on Thursday.", "2013-02-14T15:00", "EST"},
		{"Officials met at 10 a.m. ET.", "2013-02-12T10:00", "ET"},
		{"The launch is at 8:00 GMT.", "2013-02-12T08:00", "GMT"},
		{"The quake struck at 2:30 p.m. local time.", "2013-02-12T14:30", ""},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Value != c.value || got[0].Zone != c.zone {
			t.Errorf("%q: got %s zone %q, want %s zone %q", c.text, describe(got), zoneOf(got), c.value, c.zone)
		}
	}
	// Converted into the reference time's zone, the note goes.
	got := FindWith("The launch is at 8:00 GMT.", qref, Options{ConvertZones: true})
	if len(got) != 1 || got[0].Zone != "" {
		t.Errorf("converted: got %s zone %q", describe(got), zoneOf(got))
	}
}

func zoneOf(ms []Match) string {
	if len(ms) == 0 {
		return ""
	}
	return ms[0].Zone
}

func TestClockOnTheDayJustNamed(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		{"The deal must close on Feb. 1 no later than 6 p.m.", []want{
			{"Feb. 1", doc.Date, "2013-02-01", ""}, {"6 p.m.", doc.TimeOfDay, "2013-02-01T18:00", ""}}},
		{"They met on Sunday after 2 p.m.", []want{
			{"Sunday", doc.Date, "2013-02-10", ""}, {"2 p.m.", doc.TimeOfDay, "2013-02-10T14:00", ""}}},
		{"The vote will be held Thursday before 5pm.", []want{
			{"Thursday", doc.Date, "2013-02-14", ""}, {"5pm", doc.TimeOfDay, "2013-02-14T17:00", ""}}},
		// Another word between them: the clock time is not placed.
		{"He left on Sunday and slept until 2 p.m.", []want{
			{"Sunday", doc.Date, "2013-02-10", ""}, {"2 p.m.", doc.TimeOfDay, "2013-02-12T14:00", ""}}},
		// A bare hour after a day and "at" is a time of day.
		{"The party is on Saturday at 5.", []want{{"Saturday at 5", doc.TimeOfDay, "2013-02-09T05:00", ""}}},
		{"The vote was Monday at 2.30.", []want{{"Monday at 2.30", doc.TimeOfDay, "2013-02-11T02:30", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.want)
	}
	// Not a count or a price.
	for _, text := range []string{"Protests began on Saturday at 5 locations.", "Shares closed Monday at 2.30 per share."} {
		for _, m := range Find(text, qref) {
			if m.Type == doc.TimeOfDay {
				t.Errorf("%q: read a clock time %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestOffsetFromNamedDay(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"It happened 2 weeks before May 13 1999.", "2 weeks before May 13 1999", "1999-04-29"},
		{"The talks will resume three days after Easter.", "three days after Easter", "2013-04-03"},
		{"The plant closed two months after March 3, 2010.", "two months after March 3, 2010", "2010-05-03"},
		{"The vote will be 3 days from Tuesday.", "3 days from Tuesday", "2013-02-15"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value || got[0].Type != doc.Date {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// A period from a day is a length and a day, not a day.
	got := Find("The fair runs for 10 days from Dec. 18.", qref)
	if len(got) != 2 || got[0].Value != "P10D" {
		t.Errorf("period from a day: got %s", describe(got))
	}
	// An event keeps its anchor.
	got = Find("He died two days after the election.", qref)
	if len(got) != 1 || got[0].Value != "P2D" || got[0].Anchor == nil {
		t.Errorf("event anchor: got %s", describe(got))
	}
}

func TestUnitsOfAPeriod(t *testing.T) {
	cases := []struct{ text, span, value, from, to string }{
		{"Profit rose 5% in the first nine months of 1997.", "the first nine months", "P9M", "1997-01", "1997-09"},
		{"Rooms are booked for the first 2 weeks of 2021.", "the first 2 weeks", "P2W", "2021-W01", "2021-W02"},
		{"Results for the last four months of 2021 were listed.", "the last four months", "P4M", "2021-09", "2021-12"},
		{"They visited Paris in the first ten days of last year.", "the first ten days", "P10D", "2012-01-01", "2012-01-10"},
		{"Sales rose in the last 3 days of March 2012.", "the last 3 days", "P3D", "2012-03-29", "2012-03-31"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		// The period stays an expression of its own, as TimeML tags it.
		if len(got) != 2 || got[0].Text != c.span || got[0].Value != c.value || got[0].Range == nil ||
			got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s|%s..%s] and the period", c.text, describe(got), c.span, c.value, c.from, c.to)
		}
	}
	// Without a period, or with more units than it holds, no ends.
	for _, text := range []string{"In the first nine months, profit rose.", "In the first 40 days of March, it rained."} {
		for _, m := range Find(text, qref) {
			if m.Range != nil {
				t.Errorf("%q: got ends %v", text, *m.Range)
			}
		}
	}
}

func TestWeekdayWithDayOfMonth(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The attack happened on Friday 13th.", "Friday 13th", "2012-07-13"},
		{"The vote will be held on Sunday 31.", "Sunday 31", "2013-03-31"},
		{"Shares fell on Mon 11th.", "Mon 11th", "2013-02-11"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// A count after a weekday is not its day.
	if got := Find("On Sunday 31 people died.", qref); len(got) != 1 || got[0].Text != "Sunday" {
		t.Errorf("count after a weekday: got %s", describe(got))
	}
}

func TestClockRangesWithTheirDay(t *testing.T) {
	cases := []struct{ text, span, from, to string }{
		{"Polls will be open 1pm-2pm tomorrow.", "1pm-2pm tomorrow", "2013-02-13T13:00", "2013-02-13T14:00"},
		{"The office will open this Thu 9-11am.", "this Thu 9-11am", "2013-02-14T09:00", "2013-02-14T11:00"},
		{"Where were you yesterday afternoon from 3-8pm?", "yesterday afternoon from 3-8pm", "2013-02-11T15:00", "2013-02-11T20:00"},
		{"The show runs tonight from 7 to 7:30.", "tonight from 7 to 7:30", "2013-02-12T19:00", "2013-02-12T19:30"},
		{"Trading hours are 10am-2pm.", "10am-2pm", "2013-02-12T10:00", "2013-02-12T14:00"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s..%s]", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// A start with am/pm needs one on the end: "2pm-3" is not a pair.
	for _, m := range Find("The score was 2pm-3 at the break.", qref) {
		if m.Range != nil {
			t.Errorf("2pm-3: got a range %s", describe([]Match{m}))
		}
	}
}

func TestNumericMonths(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The card expires 03/2015.", "03/2015", "2015-03"},
		{"The plan runs to 2014/10.", "2014/10", "2014-10"},
		{"Sales closed 12-2015 higher.", "12-2015", "2015-12"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// Counts, seasons and year ranges are not months.
	for _, text := range []string{"The vote was 5-1500.", "The 2011-12 season was long.", "Tickets cost 13/2015 units."} {
		for _, m := range Find(text, qref) {
			if len(m.Value) == 7 {
				t.Errorf("%q: read a month %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestCalendarYear(t *testing.T) {
	checkWith(t, "Sales rose in this calendar year.", qref, Options{}, []want{{"this calendar year", doc.Date, "2013", ""}})
	checkWith(t, "Profits fell last calendar year.", qref, Options{}, []want{{"last calendar year", doc.Date, "2012", ""}})
	if got := Find("The calendar was printed.", qref); len(got) != 0 {
		t.Errorf("a calendar: got %s", describe(got))
	}
}
