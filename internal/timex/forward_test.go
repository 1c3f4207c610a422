package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// qref is a Tuesday morning, the kind of moment a query is typed at.
var qref = time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)

func checkWith(t *testing.T, text string, ref time.Time, o Options, wants []want) {
	t.Helper()
	compare(t, text, FindWith(text, ref, o), wants)
}

func TestDirection(t *testing.T) {
	cases := []struct {
		text      string
		past, fut string
	}{
		{"Friday", "2013-02-08", "2013-02-15"},
		{"tuesday", "2013-02-12", "2013-02-19"}, // said on a Tuesday: today, or the coming one
		{"this monday", "2013-02-11", "2013-02-18"},
		{"November", "2012-11", "2013-11"},
		{"February 5", "2013-02-05", "2014-02-05"},
		{"the 3rd of March", "2013-03-03", "2013-03-03"},
	}
	for _, c := range cases {
		// Running text with no tense cue looks back; Future looks ahead.
		checkWith(t, "The vote on "+c.text+" drew crowds.", qref, Options{}, []want{{c.text, doc.Date, c.past, ""}})
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.text, doc.Date, c.fut, ""}})
		// A sentence that is only the expression (a heading, an agenda
		// line, a query) has no tense and looks ahead in either mode.
		checkWith(t, c.text, qref, Options{}, []want{{c.text, doc.Date, c.fut, ""}})
		checkWith(t, "On "+c.text+".", qref, Options{}, []want{{c.text, doc.Date, c.fut, ""}})
	}
	// Any other word keeps the sentence running text.
	checkWith(t, "Voters on Friday", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-08", ""}})
	// A cue in the sentence wins over the default.
	checkWith(t, "They met on Friday, officials said.", qref, Options{Direction: Future},
		[]want{{"Friday", doc.Date, "2013-02-08", ""}})
	checkWith(t, "They will meet on Friday.", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-15", ""}})
}

func TestRanges(t *testing.T) {
	iv := Options{Intervals: true}
	cases := []struct {
		text, span, start, end string
		o                      Options
	}{
		{"The festival runs July 13-15, 2024 in the park.", "July 13-15, 2024", "2024-07-13", "2024-07-15", Options{}},
		{"He served as mayor in 2014-2018.", "2014-2018", "2014", "2018", Options{}},
		{"Talks were held 1-8 September 2012.", "1-8 September 2012", "2012-09-01", "2012-09-08", Options{}},
		{"Talks were held 12 to 16 September 2012.", "12 to 16 September 2012", "2012-09-12", "2012-09-16", Options{}},
		{"Polls are open 3-4pm on the day.", "3-4pm", "2013-02-12T15:00", "2013-02-12T16:00", Options{}},
		{"The market opened 9:30-11:00 only.", "9:30-11:00", "2013-02-12T09:30", "2013-02-12T11:00", Options{}},
		{"The meeting ran between 2 and 4 p.m. yesterday.", "2 and 4 p.m. yesterday", "2013-02-11T14:00", "2013-02-11T16:00", Options{}},
		{"Voting is on Thursday from 9:30 to 11:00.", "Thursday from 9:30 to 11:00", "2013-02-14T09:30", "2013-02-14T11:00", Options{Direction: Future}},
		{"Voting is 9:30 till 11:00 on Thursday.", "9:30 till 11:00 on Thursday", "2013-02-14T09:30", "2013-02-14T11:00", Options{Direction: Future}},
		{"The strike lasted from 1990 to 1994.", "1990 to 1994", "1990", "1994", iv},
	}
	for _, c := range cases {
		got := FindWith(c.text, qref, c.o)
		if len(got) == 0 || got[0].Text != c.span || got[0].Value != c.start || got[0].Range == nil || got[0].Range[1] != c.end {
			t.Errorf("%q: got %s, want [%s|%s] ending %s", c.text, describe(got), c.span, c.start, c.end)
		}
	}
	// News keeps each end a TIMEX3, as TimeML annotates it.
	got := Find("The strike lasted from 1990 to 1994.", qref)
	if len(got) != 2 || got[0].Value != "1990" || got[0].Range == nil || got[0].Range[1] != "1994" || got[1].Value != "1994" {
		t.Errorf("separate ends: got %s", describe(got))
	}
	// A dash between numbers that are not times is no interval.
	if got := Find("The home side won 3-4 in extra time.", qref); len(got) != 0 {
		t.Errorf("score read as time: %s", describe(got))
	}
}

func TestClockForms(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The vote closes at 16h00 local time.", "16h00 local time", "2013-02-12T16:00"},
		{"Doors open at 9h30.", "9h30", "2013-02-12T09:30"},
		{"Call me at 3:20p please.", "3:20p", "2013-02-12T15:20"},
		{"The raid began at 3 in the morning.", "3 in the morning", "2013-02-12T03:00"},
		{"Shelling resumed at 8 in the evening.", "8 in the evening", "2013-02-12T20:00"},
		{"It ended at 3:15 in the afternoon.", "3:15 in the afternoon", "2013-02-12T15:15"},
		{"He left at 3 o'clock in the afternoon.", "3 o'clock in the afternoon", "2013-02-12T15:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// A bare number before a part of the day that is not "in the …".
	checkWith(t, "He scored 3 in the morning session and 2 at night.", qref, Options{}, nil)
}

func TestDeadlineClockDay(t *testing.T) {
	// The deadline word sits before the clock time, not the day.
	mon := time.Date(2000, 4, 3, 0, 0, 0, 0, time.UTC)
	checkWith(t, "The council pushed its deadline until 11 a.m. Tuesday.", mon, Options{},
		[]want{{"11 a.m. Tuesday", doc.TimeOfDay, "2000-04-04T11:00", ""}})
	checkWith(t, "The council pushed its deadline at 11 a.m. Tuesday.", mon, Options{},
		[]want{{"11 a.m. Tuesday", doc.TimeOfDay, "2000-03-28T11:00", ""}})
}

func TestClockOffsets(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The convoy left at a quarter past 3pm.", "a quarter past 3pm", "2013-02-12T15:15"},
		{"Sirens sounded at half past three pm.", "half past three pm", "2013-02-12T15:30"},
		{"The vote was at 20 minutes to noon.", "20 minutes to noon", "2013-02-12T11:40"},
		{"Shots were heard at 15 past 3pm.", "15 past 3pm", "2013-02-12T15:15"},
		{"The train left at 20 minutes past eight in the evening.", "20 minutes past eight in the evening", "2013-02-12T20:20"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// A score is not a clock time.
	checkWith(t, "The hosts won 15 to 3 at home.", qref, Options{}, nil)
	// Read forward, a time already gone today is tomorrow's; news keeps
	// the day of publication.
	checkWith(t, "at 3am", qref, Options{Direction: Future}, []want{{"3am", doc.TimeOfDay, "2013-02-13T03:00", ""}})
	checkWith(t, "The blast came at 3am.", qref, Options{}, []want{{"3am", doc.TimeOfDay, "2013-02-12T03:00", ""}})
	checkWith(t, "at midnight", qref, Options{Direction: Future}, []want{{"midnight", doc.TimeOfDay, "2013-02-13T00:00", ""}})
}

func TestDayRangeWords(t *testing.T) {
	checkWith(t, "The summit runs July 13 to 15 in Vilnius.", qref, Options{Direction: Future},
		[]want{{"July 13 to 15", doc.Date, "2013-07-13", ""}})
	checkWith(t, "Hearings run April 9th through 17th.", qref, Options{Direction: Future},
		[]want{{"April 9th through 17th", doc.Date, "2013-04-09", ""}})
	// "15 people" is a count, so only the date is a time.
	checkWith(t, "On July 13 to 15 people were arrested.", qref, Options{},
		[]want{{"July 13", doc.Date, "2012-07-13", ""}})
}

func TestHolidays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"what are you doing for christmas", "christmas", "2013-12-25"},
		{"Protests are planned for Palm Sunday.", "Palm Sunday", "2013-03-24"},
		{"Parliament returns after Whit Monday.", "Whit Monday", "2013-05-20"},
		{"black friday 2017", "black friday 2017", "2017-11-24"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// Lower-case words that only look like a holiday name.
	checkWith(t, "Seen from space the earth day by day grows warmer.", qref, Options{}, nil)
	checkWith(t, "The pilot radioed may day twice.", qref, Options{}, nil)
}

func TestConvertZones(t *testing.T) {
	// The reference is 04:30 in UTC-2.
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("UTC-2", -2*3600))
	o := Options{Direction: Future, ConvertZones: true}
	checkWith(t, "Thursday 8:00 GMT", ref, o, []want{{"Thursday 8:00 GMT", doc.TimeOfDay, "2013-02-14T06:00", ""}})
	checkWith(t, "4pm CET", ref, o, []want{{"4pm CET", doc.TimeOfDay, "2013-02-12T13:00", ""}})
	// News keeps the time as the source wrote it.
	checkWith(t, "Thursday 8:00 GMT", ref, Options{Direction: Future}, []want{{"Thursday 8:00 GMT", doc.TimeOfDay, "2013-02-14T08:00", ""}})
}

func TestHourWithDayPart(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Talks resume at 8 tonight.", "8 tonight", "2013-02-12T20:00"},
		{"The vote is at 9 tomorrow morning.", "9 tomorrow morning", "2013-02-13T09:00"},
		{"Polls close at 5 tomorrow afternoon.", "5 tomorrow afternoon", "2013-02-13T17:00"},
		{"They meet Saturday morning at 9.", "Saturday morning at 9", "2013-02-16T09:00"},
		{"They meet Saturday evening at 8:30.", "Saturday evening at 8:30", "2013-02-16T20:30"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	// A count before a day is not an hour.
	checkWith(t, "The toll rose to 9 yesterday.", qref, Options{}, []want{{"yesterday", doc.Date, "2013-02-11", ""}})
}

func TestShortDurations(t *testing.T) {
	checkWith(t, "Results are due in half an hour.", qref, Options{},
		[]want{{"half an hour", doc.Date, "2013-02-12T05:00:00", ""}})
	// "for 3h" is a duration (not yet read as one), never 03:00.
	for _, m := range Find("The convoy was stopped for 3h at the border.", qref) {
		if m.Type == doc.TimeOfDay {
			t.Errorf("'for 3h' read as a clock time: %s", describe([]Match{m}))
		}
	}
}

func TestOrdinalDays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Elections are held on the first Tuesday of November 2014.", "the first Tuesday of November 2014", "2014-11-04"},
		{"The fair opens on the last Friday in March.", "the last Friday in March", "2013-03-29"},
		{"Payment is due on the 20th of next month.", "the 20th of next month", "2013-03-20"},
		{"The hearing is on Tuesday the 19th.", "Tuesday the 19th", "2013-02-19"},
		{"He arrives February the 15th.", "February the 15th", "2013-02-15"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// News reads back: the last Tuesday the 8th before publication.
	checkWith(t, "The raid came on Tuesday the 8th.", qref, Options{}, []want{{"Tuesday the 8th", doc.Date, "2013-01-08", ""}})
	checkWith(t, "The lab unveiled on Tuesday the first batch of vaccines.", qref, Options{},
		[]want{{"Tuesday", doc.Date, "2013-02-12", ""}})
}

func TestCountedPoints(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The next hearing is 3 fridays from now.", "3 fridays from now", "2013-03-01"},
		{"It happened 2 thursdays back.", "2 thursdays back", "2013-01-31"},
		{"We meet Friday after next.", "Friday after next", "2013-02-22"},
		{"The vote is in March after next.", "March after next", "2014-03"},
		{"Deliveries come in 2 upcoming weeks.", "2 upcoming weeks", "2013-W09"},
		{"We talk again the day after tomorrow.", "the day after tomorrow", "2013-02-14"},
		{"day after tomorrow", "day after tomorrow", "2013-02-14"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.span, doc.Date, c.value, ""}})
	}
}

func TestBareHourRanges(t *testing.T) {
	checkWith(t, "Shots were heard between 7 and 9 last night.", qref, Options{},
		[]want{{"7 and 9 last night", doc.TimeOfDay, "2013-02-11T19:00", ""}})
	checkWith(t, "The office is open from 5 to 6 in the afternoon.", qref, Options{},
		[]want{{"5 to 6 in the afternoon", doc.TimeOfDay, "2013-02-12T17:00", ""}})
	// Bare hours from 1 to 6 are business hours (see afternoonHours).
	checkWith(t, "The office was shut between 3 and 8 yesterday.", qref, Options{},
		[]want{{"3 and 8 yesterday", doc.TimeOfDay, "2013-02-11T15:00", ""}})
	checkWith(t, "The shop opens from 3:30 to six p.m. daily.", qref, Options{},
		[]want{{"3:30 to six p.m.", doc.TimeOfDay, "2013-02-12T15:30", ""}, {"daily", doc.Set, "P1D", ""}})
	checkWith(t, "The curfew runs between seven and nine in the evening.", qref, Options{},
		[]want{{"seven and nine in the evening", doc.TimeOfDay, "2013-02-12T19:00", ""}})
	// Counts stay counts.
	checkWith(t, "Between 7 and 9 people died.", qref, Options{}, nil)
	checkWith(t, "Between seven and nine people died.", qref, Options{}, nil)
}

func TestWordClock(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The blast came at three am.", "three am", "2013-02-12T03:00"},
		{"They landed at three twenty pm.", "three twenty pm", "2013-02-12T15:20"},
		{"Prayers start at eight o'clock.", "eight o'clock", "2013-02-12T08:00"},
		{"The market opens at five in the afternoon.", "five in the afternoon", "2013-02-12T17:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.TimeOfDay, c.value, ""}})
	}
	checkWith(t, "He has three in the morning squad.", qref, Options{}, nil)
}

// TestTruncatedForms feeds the new grammars cut-off and odd inputs: they
// must neither panic nor report spans outside the text.
func TestTruncatedForms(t *testing.T) {
	inputs := []string{
		"between and", "9:30 till", "Thursday from", "at 8 tonight", "a quarter past", "3-", "-4pm",
		"July 13-", "July 13 to", "the first Tuesday of", "Saturday morning at", "16h", "from 9:30 - 11:00 on",
		"between 7 and", "half past", "20 minutes to", "Tuesday the", "February the", "2 upcoming",
		"3 fridays from", "Friday after", "at 3 in the", "12-11pm", "0-0", "9999-10000", "31-32 May",
		"4:60-5pm", "between 13 and 14 last night", "day after", "2014–2018", "13h99",
	}
	opts := []Options{{}, {Direction: Future, Intervals: true, ConvertZones: true}}
	for _, in := range inputs {
		n := len([]rune(in))
		for _, o := range opts {
			for _, m := range FindWith(in, qref, o) {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Errorf("%q: span %d-%d outside the text", in, m.Start, m.End)
				}
			}
		}
	}
}

func TestWeekdayPicksYear(t *testing.T) {
	// 10 February 2013 was a Sunday, 10 February 2014 a Monday.
	checkWith(t, "Sunday, Feb 10", qref, Options{Direction: Future}, []want{{"Sunday, Feb 10", doc.Date, "2013-02-10", ""}})
	checkWith(t, "Fri, Jul 18", qref, Options{Direction: Future}, []want{{"Fri, Jul 18", doc.Date, "2014-07-18", ""}})
	// News: the nearest 30 December is 2012's, but the weekday says 2013.
	checkWith(t, "The summit opens Monday, Dec 30.", qref, Options{}, []want{{"Monday, Dec 30", doc.Date, "2013-12-30", ""}})
}

func TestDayOfRelativeMonth(t *testing.T) {
	checkWith(t, "Rent is due on the 20th of the next month.", qref, Options{},
		[]want{{"the 20th of the next month", doc.Date, "2013-03-20", ""}})
	checkWith(t, "It was paid on the 20th day of the previous month.", qref, Options{},
		[]want{{"the 20th day of the previous month", doc.Date, "2013-01-20", ""}})
}

func TestClockRangeTakesEndDay(t *testing.T) {
	checkWith(t, "9h30 - 11h00 on Thursday", qref, Options{Direction: Future, Intervals: true},
		[]want{{"9h30 - 11h00 on Thursday", doc.TimeOfDay, "2013-02-14T09:30", ""}})
}

func TestAbbrevWeekdayAndZoneHour(t *testing.T) {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("UTC-2", -2*3600))
	o := Options{Direction: Future, ConvertZones: true}
	checkWith(t, "Thu at 8 GMT", ref, o, []want{{"Thu at 8 GMT", doc.TimeOfDay, "2013-02-14T06:00", ""}})
	checkWith(t, "Thu at 8 PST", ref, o, []want{{"Thu at 8 PST", doc.TimeOfDay, "2013-02-14T14:00", ""}})
	// A company, not a Sunday.
	checkWith(t, "Sun, the workstation maker, said so.", ref, Options{}, nil)
	// A bare hour without a zone or a preposition stays a number.
	checkWith(t, "He scored 8 GMT points.", ref, Options{}, nil)
}
