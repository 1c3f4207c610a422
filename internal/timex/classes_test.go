package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Table tests for the expression classes of issue #4 (dates and times to
// target), each with news-style sentences against qref (Tuesday
// 2013-02-12, 04:30).

func TestFractionalDurations(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The family stayed abroad for 2 1/2 years.", "2 1/2 years", "P2Y6M"},
		{"The talks lasted about 5 1/2 hours.", "about 5 1/2 hours", "PT5H30M"},
		{"The fire burned for a day and a half.", "a day and a half", "P1DT12H"},
		{"The strike lasted half a year.", "half a year", "P6M"},
		{"He spoke for 1.5 hours.", "1.5 hours", "PT1H30M"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value || got[0].Type != doc.Duration {
			t.Errorf("%q: got %s, want [%s|%s]", c.text, describe(got), c.span, c.value)
		}
	}
	// No TIMEX3 writes a fraction of a day count in weeks.
	if got := Find("The storm lasted a week and a half.", qref); len(got) != 1 || got[0].Value != "P1.5W" {
		t.Errorf("a week and a half: got %s", describe(got))
	}
}

func TestClockSeconds(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The bell rang at 7:56:30 pm.", "7:56:30 pm", "2013-02-12T19:56:30"},
		{"The quake struck at 15:23:24 local time.", "15:23:24 local time", "2013-02-12T15:23:24"},
		{"The order was logged 5/3/18 @ 17:49:19.", "5/3/18 @ 17:49:19", "2018-05-03T17:49:19"},
		{"The polls closed at 9:00:00 PM.", "9:00:00 PM", "2013-02-12T21:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// A race time is not a clock time, nor are impossible seconds.
	for _, text := range []string{"She won in 2:03:59 flat.", "He ran it in 1:15:30.", "The bell rang at 7:56:61 pm."} {
		for _, m := range Find(text, qref) {
			if m.Type == doc.TimeOfDay {
				t.Errorf("%q: read as a clock time: %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestPartsOfDay(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		// The part of the day last named, or of the publication day.
		{"Shares fell Friday. Buyers returned in the morning.", []want{
			{"Friday", doc.Date, "2013-02-08", ""}, {"the morning", doc.TimeOfDay, "2013-02-08TMO", ""}}},
		{"Police came during the night, witnesses said.", []want{{"the night", doc.TimeOfDay, "2013-02-12TNI", ""}}},
		// TimeBank tags the date of "the night of Oct. 23" alone.
		{"The raid began in the morning of March 3.", []want{{"March 3", doc.Date, "2013-03-03", ""}}},
		{"The car was stolen on the night of Oct. 23.", []want{{"Oct. 23", doc.Date, "2012-10-23", ""}}},
		{"They agreed on the night before.", nil},
		{"He left Monday and returned the next morning.", []want{
			{"Monday", doc.Date, "2013-02-11", ""}, {"the next morning", doc.TimeOfDay, "2013-02-12TMO", ""}}},
		{"The meeting is in the afternoon at 3.", []want{{"the afternoon at 3", doc.TimeOfDay, "2013-02-12T15:00", ""}}},
		// A modifier of a noun is no time.
		{"They read it in the morning papers.", nil},
		{"He has three in the morning squad.", nil},
		{"The morning was cold.", nil},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.want)
	}
}

func TestIntervalOrder(t *testing.T) {
	cases := []struct {
		text     string
		from, to string
	}{
		// Said on Tuesday 2013-02-12: both ends past, the start moves back.
		{"They met from Monday to Wednesday.", "2013-02-04", "2013-02-06"},
		{"The exhibition ran from December to March.", "2011-12", "2012-03"},
		// Ahead: the end moves forward past the start.
		{"They will meet from Monday to Wednesday.", "2013-02-18", "2013-02-20"},
		{"I will be away from next Monday to Friday.", "2013-02-18", "2013-02-22"},
		// Already in order, or given with years: untouched.
		{"Talks ran from Friday to Monday.", "2013-02-08", "2013-02-11"},
		{"The strike lasted from 1994 to 1990.", "1994", "1990"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 2 || got[0].Value != c.from || got[1].Value != c.to || got[0].Range == nil || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %s to %s", c.text, describe(got), c.from, c.to)
		}
	}
}

func TestOrdinalMonthDays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		// Lower-case month names that are also words, when a day of the
		// month makes them dates.
		{"the first of march", "the first of march", "2013-03-01"},
		{"The vote is on the 3rd of march.", "the 3rd of march", "2013-03-03"},
		{"Results came march 3rd.", "march 3rd", "2013-03-03"},
		{"march first", "march first", "2013-03-01"},
		{"the 1st of may", "the 1st of may", "2013-05-01"},
		// Days named by their place in a month.
		{"The deadline is the last day of October 2015.", "the last day of October 2015", "2015-10-31"},
		{"Rent is due on the last day of the month.", "the last day of the month", "2013-02-28"},
		{"the third day of october", "the third day of october", "2013-10-03"},
		{"The club meets the first Monday of the month.", "the first Monday of the month", "2013-02-04"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// The verb and the modal stay words.
	for _, text := range []string{"Troops march 3 miles uphill.", "They march first to the square.", "It may 3 times fail.", "He left on the last day of his trip."} {
		if got := Find(text, qref); len(got) != 0 {
			t.Errorf("%q: got %s, want nothing", text, describe(got))
		}
	}
}

func TestMoreHolidays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Services were held on Orthodox Easter 2023.", "Orthodox Easter 2023", "2023-04-16"},
		{"orthodox good friday 2020", "orthodox good friday 2020", "2020-04-17"},
		{"Crowds gathered for Trinity Sunday 2013.", "Trinity Sunday 2013", "2013-05-26"},
		{"pancake day 2013", "pancake day 2013", "2013-02-12"},
		{"Parades marked Saint Patrick's Day 2012.", "Saint Patrick's Day 2012", "2012-03-17"},
		{"Juneteenth 2021 was the first federal holiday.", "Juneteenth 2021", "2021-06-19"},
		{"Turnout was high on Election Day 2016.", "Election Day 2016", "2016-11-08"},
		// A year given after "of", or named relative to now.
		{"Thanksgiving of next year falls late.", "Thanksgiving of next year", "2014-11-27"},
		{"MLK Day of last year was cold.", "MLK Day of last year", "2012-01-16"},
		{"Christmas of 2014 was quiet.", "Christmas of 2014", "2014-12-25"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// Only the capitalised name is the US election.
	if got := Find("Results on election day were close.", qref); len(got) != 0 {
		t.Errorf("lower-case election day: got %s", describe(got))
	}
}

func TestEdgesApproxAndWeekdayOrdinals(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		{"In late afternoon the rain stopped.", []want{{"late afternoon", doc.TimeOfDay, "2013-02-12TAF", "END"}}},
		{"They met in early morning.", []want{{"early morning", doc.TimeOfDay, "2013-02-12TMO", "START"}}},
		{"Sales will be counted by end of month.", []want{{"end of month", doc.Date, "2013-02", "END"}}},
		{"A party is planned at the end of year.", []want{{"the end of year", doc.Date, "2013", "END"}}},
		{"I'll be back noonish", []want{{"noonish", doc.TimeOfDay, "2013-02-12T12:00", "APPROX"}}},
		{"The bus left at 3ish pm.", []want{{"3ish pm", doc.TimeOfDay, "2013-02-12T15:00", "APPROX"}}},
		{"He is 40ish.", nil},
		{"Coffee is on tuesday the eleventh.", []want{{"tuesday the eleventh", doc.Date, "2012-12-11", ""}}},
		{"The vote is on Monday the twenty seventh.", []want{{"Monday the twenty seventh", doc.Date, "2012-08-27", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.want)
	}
}

func TestReportedQuarter(t *testing.T) {
	ref := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	text := "Operating profit rose in the third quarter. The bank expects a fourth-quarter charge. Deposits fell in the latest quarter from a year ago."
	got := Find(text, ref)
	want := map[string]string{"the latest quarter": "1989-Q3", "a year ago": "1988-Q3", "fourth-quarter": "1989-Q4"}
	n := 0
	for _, m := range got {
		if v, ok := want[m.Text]; ok {
			n++
			if m.Value != v {
				t.Errorf("%q = %s, want %s", m.Text, m.Value, v)
			}
		}
	}
	if n != len(want) {
		t.Errorf("got %s", describe(got))
	}
}

func TestDeadlinePrepositionOutweighsLaterVerb(t *testing.T) {
	// "by May" looks ahead even though a past verb follows it.
	checkWith(t, "The hearings, which are supposed to finish by May, invited the unions to testify.", qref, Options{},
		[]want{{"May", doc.Date, "2013-05", ""}})
	// A past verb before it still wins.
	checkWith(t, "The plant was finished by May, officials said.", qref, Options{},
		[]want{{"May", doc.Date, "2012-05", ""}})
}

func TestPastYearIsTheCalendarYear(t *testing.T) {
	cases := []struct{ text, span, typ, value string }{
		// TimeBank writes "the past year" as the year before publication.
		{"Prices rose over the past year.", "the past year", doc.Date, "2012"},
		{"Sales will recover in the next year.", "the next year", doc.Date, "2014"},
		{"Rents fell in the past month.", "the past month", doc.Date, "2013-01"},
		{"Profit doubled in the last quarter.", "the last quarter", doc.Date, "2012-Q4"},
		{"Sales should pick up in the coming quarter.", "the coming quarter", doc.Date, "2013-Q2"},
		// Weeks and decades stay stretches of time.
		{"Prices rose over the past week.", "the past week", doc.Duration, "P1W"},
		{"Crime fell over the past decade.", "the past decade", doc.Duration, "P10Y"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
}

func TestOffsetsFromDeicticDays(t *testing.T) {
	cases := []struct{ text, span, value, mod string }{
		{"The hearing is two days after today.", "two days after today", "2013-02-14", ""},
		{"Polls open three weeks from tomorrow.", "three weeks from tomorrow", "2013-03-06", ""},
		{"Where were you two days before yesterday?", "two days before yesterday", "2013-02-09", ""},
		{"The law lapses 3 years from today.", "3 years from today", "2016-02-12", ""},
		{"The work was done more than 2 weeks before today.", "more than 2 weeks before today", "2013-01-29", "BEFORE"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, c.mod}})
	}
	// From an event, the offset stays a duration anchored to it.
	got := Find("Two days after the vote, he resigned.", qref)
	if len(got) != 1 || got[0].Value != "P2D" || got[0].Anchor == nil {
		t.Errorf("event anchor: got %s", describe(got))
	}
}

func TestCompoundDurations(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The flight took two hours and 15 minutes.", "two hours and 15 minutes", "PT2H15M"},
		{"He served 3 years and 6 months in prison.", "3 years and 6 months", "P3Y6M"},
		{"It took 1 day and 12 hours.", "1 day and 12 hours", "P1DT12H"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Duration, c.value, ""}})
	}
	// Weeks do not mix with other units in TimeML; larger after smaller
	// is two durations.
	for _, text := range []string{"It lasted 2 weeks and 3 days.", "It took 30 minutes and 2 hours."} {
		if got := Find(text, qref); len(got) != 2 {
			t.Errorf("%q: got %s, want two durations", text, describe(got))
		}
	}
}

func TestPartsOfCurrentUnit(t *testing.T) {
	cases := []struct {
		text string
		want []want
	}{
		{"Sales fell earlier in the year.", []want{{"earlier in the year", doc.Date, "2013", ""}}},
		{"Talks resume early in the week.", []want{{"early in the week", doc.Date, "2013-W07", "START"}}},
		{"Sales will be counted in the week after next.", []want{{"the week after next", doc.Date, "2013-W09", ""}}},
		{"He left Friday and came back late in the day.", []want{{"Friday", doc.Date, "2013-02-08", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.want)
	}
}

func TestSpokenYears(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Her goal was to plant a million trees by the year two thousand.", "the year two thousand", "2000"},
		{"It opened in two thousand ten.", "two thousand ten", "2010"},
		{"in the year two thousand and fifteen", "the year two thousand and fifteen", "2015"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	for _, text := range []string{"They shipped two thousand tons in two thousand homes.", "He has two thousand sheep."} {
		if got := Find(text, qref); len(got) != 0 {
			t.Errorf("%q: got %s", text, describe(got))
		}
	}
}

func TestDayBeforeAfter(t *testing.T) {
	checkWith(t, "He arrived Friday; the others had come the day before.", qref, Options{}, []want{
		{"Friday", doc.Date, "2013-02-08", ""}, {"the day before", doc.Date, "2013-02-07", ""}})
	checkWith(t, "The day after, he resigned.", qref, Options{}, []want{{"The day after", doc.Date, "2013-02-13", ""}})
	// Before an event it is the event's day, which the tagger does not know;
	// after a month the day is unknown too.
	checkWith(t, "Crowds gathered the day before the vote.", qref, Options{}, nil)
	checkWith(t, "They met again in July 2008. The day before, a bulldozer rammed a bus.", qref, Options{},
		[]want{{"July 2008", doc.Date, "2008-07", ""}})
}

func TestNextWeekday(t *testing.T) {
	// Said on Tuesday 2013-02-12: "next" names the day of next week;
	// "this coming" the nearest ahead; "last" the nearest behind.
	cases := []struct{ text, span, value string }{
		{"They meet next Wednesday.", "next Wednesday", "2013-02-20"},
		{"They meet next Saturday.", "next Saturday", "2013-02-23"},
		{"They meet next Monday.", "next Monday", "2013-02-18"},
		{"They meet this coming Saturday.", "this coming Saturday", "2013-02-16"},
		{"They met last Wednesday.", "last Wednesday", "2013-02-06"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
}

func TestMonthRangesShareTheYear(t *testing.T) {
	cases := []struct{ text, span, from, to string }{
		{"Sales rose in January-March 2017.", "January-March 2017", "2017-01", "2017-03"},
		{"The summit ran Nov-Feb 2017.", "Nov-Feb 2017", "2016-11", "2017-02"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.from || got[0].Range == nil || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s] to %s", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// Two expressions: the year written at the end belongs to the start.
	for _, c := range []struct{ text, from, to string }{
		{"The survey ran from January to April 2015.", "2015-01", "2015-04"},
		{"Strikes lasted from November to February 2017.", "2016-11", "2017-02"},
		{"The show ran from Jan. 5 to March 3, 2016.", "2016-01-05", "2016-03-03"},
	} {
		got := Find(c.text, qref)
		if len(got) != 2 || got[0].Value != c.from || got[1].Value != c.to {
			t.Errorf("%q: got %s, want %s to %s", c.text, describe(got), c.from, c.to)
		}
	}
	if got := Find("Coca-Cola rose.", qref); len(got) != 0 {
		t.Errorf("Coca-Cola: %s", describe(got))
	}
}

func TestCrossMonthDayRanges(t *testing.T) {
	cases := []struct{ text, span, from, to string }{
		{"The show runs Nov 18-Dec 19, 2015 downtown.", "Nov 18-Dec 19, 2015", "2015-11-18", "2015-12-19"},
		{"The fair was held June 28-July 3.", "June 28-July 3", "2012-06-28", "2012-07-03"},
		{"Talks ran Dec 28-Jan 3, 2016.", "Dec 28-Jan 3, 2016", "2015-12-28", "2016-01-03"},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.from || got[0].Range == nil || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want [%s|%s] to %s", c.text, describe(got), c.span, c.from, c.to)
		}
	}
}

func TestForwardTwelveHourClock(t *testing.T) {
	// Said at 04:30, a standalone "3:30" is this afternoon's; in a report
	// the clock time stays as written.
	checkWith(t, "3:30", qref, Options{}, []want{{"3:30", doc.TimeOfDay, "2013-02-12T15:30", ""}})
	checkWith(t, "at 11:15", qref, Options{}, []want{{"11:15", doc.TimeOfDay, "2013-02-12T11:15", ""}})
	checkWith(t, "The blast came at 3:30.", qref, Options{}, []want{{"3:30", doc.TimeOfDay, "2013-02-12T03:30", ""}})
	checkWith(t, "at 03:30", qref, Options{}, []want{{"03:30", doc.TimeOfDay, "2013-02-13T03:30", ""}})
}

func TestWeeklySetsWithClock(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The club meets every Monday at 4pm.", "every Monday at 4pm", "XXXX-WXX-1T16:00"},
		{"He prays on Fridays at noon.", "Fridays at noon", "XXXX-WXX-5T12:00"},
		{"Thursdays at 17:30 the market closes.", "Thursdays at 17:30", "XXXX-WXX-4T17:30"},
		{"They meet on Mondays.", "Mondays", "XXXX-WXX-1"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Set, c.value, ""}})
	}
	checkWith(t, "Mondays at the office are busy.", qref, Options{}, nil)
}

func TestProposalLooksAhead(t *testing.T) {
	checkWith(t, "Let's meet on Friday.", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-15", ""}})
	checkWith(t, "Let us meet on Friday.", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-15", ""}})
	checkWith(t, "The vote on Friday drew crowds.", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-08", ""}})
	checkWith(t, "They meet every two weekends.", qref, Options{}, []want{{"every two weekends", doc.Set, "P2WE", ""}})
}

func TestDateYearThenClock(t *testing.T) {
	checkWith(t, "The polls closed Jul 18, 2014 07:00 PM local time.", qref, Options{},
		[]want{{"Jul 18, 2014 07:00 PM local time", doc.TimeOfDay, "2014-07-18T19:00", ""}})
	checkWith(t, "Fri, Jul 18, 2014 07:00 PM", qref, Options{},
		[]want{{"Fri, Jul 18, 2014 07:00 PM", doc.TimeOfDay, "2014-07-18T19:00", ""}})
}
