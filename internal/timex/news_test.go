package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// findTagged is Find on a text whose words carry the Penn tags given, as
// the language core would tag them, for rules that read the tense of a
// verb from its tag.
func findTagged(text string, ref time.Time, tags map[string]string) []Match {
	d := doc.New(doc.Article{Text: text, Published: ref})
	tokenize.Tokenize(d)
	for i := range d.Tokens {
		if t, ok := tags[d.Tokens[i].Lower]; ok {
			d.Tokens[i].Tag = t
		} else {
			d.Tokens[i].Tag = "NN"
		}
	}
	return find(d, Options{}, nil)
}

func TestMonthAheadByVerb(t *testing.T) {
	nov := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		tags map[string]string
		want string
	}{
		// The verb the month belongs to is an infinitive: the coming January.
		{"The firm signed a pledge to open the plant in January.",
			map[string]string{"signed": "VBD", "open": "VB", "to": "TO"}, "1990-01"},
		// A participle after "be": the coming December.
		{"The new tariffs are to be imposed in December.",
			map[string]string{"are": "VBP", "be": "VB", "imposed": "VBN"}, "1989-12"},
		// A past tense governs it: last year's December.
		{"The bank moved its head office in December.",
			map[string]string{"moved": "VBD"}, "1988-12"},
		// Three months ahead is too far: the last March.
		{"The club agreed to sell him in March.",
			map[string]string{"agreed": "VBD", "sell": "VB", "to": "TO"}, "1989-03"},
	} {
		ms := findTagged(c.text, nov, c.tags)
		if len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, ms, c.want)
		}
	}
	// Without tags the month stays the last one.
	if ms := Find("The firm signed a pledge to open the plant in January.", nov); len(ms) != 1 || ms[0].Value != "1989-01" {
		t.Errorf("untagged: got %+v", ms)
	}
}

func TestNewsReadings(t *testing.T) {
	ref := time.Date(2000, 1, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []string // "text|value"
	}{
		// An age is no time of the story; a tenure is.
		{"Ms. Lindqvist, 48 years old and a 19-year veteran, retired.", []string{"19-year|P19Y"}},
		{"Members 60 years old or older can vote early.", nil},
		{"She saved 31 years for the boat.", []string{"31 years|P31Y"}},
		// "at a rally" is no clock time.
		{"The letter was shown Wednesday night at a concert.", []string{"Wednesday night|2000-01-05TNI"}},
		{"The band played Wednesday night at 9.", []string{"Wednesday night at 9|2000-01-05T21:00"}},
		// "the year" alone is the current one; before more words it is not.
		{"For the year, output was steady.", []string{"the year|2000"}},
		{"Exports grew slowly across the first seven months of the year.", []string{"the first seven months|P7M", "the year|2000"}},
		{"She quit the year before.", nil},
		{"He won Coach of the Year.", nil},
		// A clock time soon after a day named in its sentence is on that day.
		{"The rocket left its pad Wednesday in Hobart, Tasmania at 21:15 UTC.",
			[]string{"Wednesday|2000-01-05", "21:15 UTC|2000-01-05T21:15Z"}},
		// "the" before an adjective is the noun's; before "early" the time's.
		{"The retailer posted the third-quarter deficit.", []string{"third-quarter|1999-Q3"}},
		{"Margins narrowed in the third-quarter period.", []string{"third-quarter|1999-Q3"}},
		{"The band was popular in the early 1980s.", []string{"the early 1980s|198"}},
		// The same period last year in a report on a quarter.
		{"The mill lost $3.1 million in the third quarter, after a gain of $1 million for the corresponding period last year.",
			[]string{"the third quarter|1999-Q3", "the corresponding period last year|1999-Q3"}},
		{"German orders for last year's quarter totalled $7 million.", []string{"last year's quarter|1999"}},
		// "year's end" as "year-end"; names and idioms are no times.
		{"The toll bridge is due to reopen by year's end.", []string{"year's end|2000"}},
		{"The mill will hire 400 people by year end.", []string{"year end|2000"}},
		{"The year end of the contest is close.", nil},
		{"Ortega told CBS's 60 Minutes that she would stay.", nil},
		{"The crew rested 60 minutes.", []string{"60 minutes|PT60M"}},
		{"Lindgren, appearing on ABC News' \"This Week,\" argued the plan works.", nil},
		{"Fares Climb This Week", []string{"This Week|2000-W01"}},
		{"This Week, fares climbed.", []string{"This Week|2000-W01"}},
		{"Museums open on Thanksgiving Day this year.", []string{"Thanksgiving Day|1999-11-25", "this year|2000"}},
		{"For the rebels, high noon arrives today.", []string{"today|2000-01-06"}},
		// "current" before a noun is the present; a current account is not.
		{"She described current trading conditions as tough.", []string{"current|PRESENT_REF"}},
		{"Members could buy tickets at half the then current list price.", []string{"current|PAST_REF"}},
		{"The current account surplus shrank.", nil},
		{"A cold ocean current cooled the coast.", nil},
		// An earlier quarter recalled does not change the one reported.
		{"Third-quarter revenue climbed. After a weak second quarter, earnings grew from a year ago.",
			[]string{"Third-quarter|1999-Q3", "second quarter|1999-Q2", "a year ago|1998-Q3"}},
		// "effective" puts the date ahead whatever the verb.
		{"The board named a new treasurer, effective June 1.", []string{"June 1|2000-06-01"}},
		{"The board named a new treasurer on June 1.", []string{"June 1|1999-06-01"}},
		// A part of the day and the day after it; "the last half" of a year.
		{"In Frankfurt at mid-afternoon yesterday, bonds were lower.", []string{"mid-afternoon yesterday|2000-01-05TAF"}},
		{"That implies weaker sales in the last half of 1999.", []string{"the last half of 1999|1999-H2"}},
		// "ahead of" looks ahead, even before a possessive weekday.
		{"Dealers trimmed their bets ahead of the weekend.", []string{"the weekend|2000-W01-WE"}},
		{"Investors bought bonds ahead of Tuesday's auction.", []string{"Tuesday|2000-01-11"}},
		// "This quarter's loss" is the reported quarter's.
		{"It lost $5 million in the third quarter. This quarter's loss reflects write-downs.",
			[]string{"the third quarter|1999-Q3", "This quarter|1999-Q3"}},
		// "today's world" is an era; "today's editions" a day.
		{"Streaming is to today's youth what radio was to their parents.", nil},
		{"Architects plan homes for the people of tomorrow.", nil},
		{"The coupon, printed in today's editions, is valid.", []string{"today|2000-01-06"}},
		{"Voting ends at the close of today.", []string{"today|2000-01-06"}},
		// Trading days are a duration, not an offset in calendar days.
		{"Six trading days after Oct. 20, the shares had recovered.", []string{"Six trading days|P6D", "Oct. 20|1999-10-20"}},
		{"Refunds take seven business days.", []string{"seven business days|P7D"}},
		// "the near term" is the future; "the weeks ahead" a vague stretch.
		{"Growers fear more losses in the near term.", []string{"the near term|FUTURE_REF"}},
		{"Shops may hire in the weeks ahead.", []string{"the weeks ahead|PXW"}},
		{"She bought the long term care policy.", nil},
		// Vague units joined by "or" are one stretch.
		{"The shop will likely close within weeks or months of the merger.", []string{"weeks or months|PXW"}},
		{"Rents may climb over the next three years or so.", []string{"the next three years or so|P3Y"}},
		// "annually" after a figure is its rate; alone it is a SET.
		{"Fees will go up by 4% annually.", nil},
		{"The farm could grow about 2,500 tonnes annually.", nil},
		{"The kite festival takes place here annually.", []string{"annually|P1Y"}},
		// "that day" with no day named before is any such day.
		{"A rumour spreads, and you see heavy selling that day.", nil},
		{"She landed on Jan. 4, 2000. That day, she visited the port.", []string{"Jan. 4, 2000|2000-01-04", "That day|2000-01-04"}},
		// A month and the spoken year after it are one date.
		{"Floods hit the valley. March nineteen eighty-eight. The town again.", []string{"March nineteen eighty-eight|1988-03"}},
		{"The lake froze over, as it did in the winter of nineteen eighty-seven.", []string{"the winter of nineteen eighty-seven|1987-WI"}},
		// "the previous Friday" counts from the day in view.
		{"The fund ended at 14.32 on Friday, up 2.1% from the previous Friday.",
			[]string{"Friday|1999-12-31", "previous Friday|1999-12-24"}},
		{"The fire started at about 11:20 a.m. (0820 GMT) on Wednesday.", []string{"11:20 a.m.|2000-01-06T11:20", "Wednesday|2000-01-05"}},
		{"The ferry departs at 6 in the morning (6 a.m. EDT Thursday).", []string{"6 in the morning|2000-01-06T06:00", "6 a.m. EDT Thursday|2000-01-06T06:00"}},
		{"Slow growth may persist through the first two quarters of 1991.", []string{"the first two quarters of 1991|1991-H1"}},
		// A year and its quarter are one date.
		{"Exports in this year's third quarter dropped.", []string{"this year's third quarter|2000-Q3"}},
		{"The merger may close as soon as next year's first quarter.", []string{"next year's first quarter|2001-Q1"}},
		{"In the year-earlier third quarter, the group made $6 million.", []string{"the year-earlier third quarter|1999-Q3"}},
		{"The chain lost $9 million in the comparable year-ago quarter.", []string{"the comparable year-ago quarter|1999"}},
		{"The year-ago figures included a tax benefit.", []string{"year-ago|1999"}},
		{"Profit in the year-earlier nine months reflected an asset sale.", []string{"the year-earlier nine months|P9M"}},
		// A year before a quarter is that quarter; before nine months, the year.
		{"In the third quarter, revenue rose to $12 million from $10 million a year earlier.",
			[]string{"the third quarter|1999-Q3", "a year earlier|1998-Q3"}},
		{"Revenue for the nine months climbed to $31 million from $27 million a year earlier.",
			[]string{"the nine months|P9M", "a year earlier|1999"}},
	} {
		var got []string
		for _, m := range Find(c.text, ref) {
			got = append(got, m.Text+"|"+m.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %v, want %v", c.text, got, c.want)
				break
			}
		}
	}
}

func TestWeekdayAheadByVerb(t *testing.T) {
	fri := time.Date(1998, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		tags map[string]string
		want string
	}{
		// A present tense with a weekday is a schedule.
		{"The two ministers meet separately Monday with the envoy.", map[string]string{"meet": "VBP"}, "1998-05-04"},
		// A verb of saying reports the day it was said.
		{"The union says Monday that the strike continues.", map[string]string{"says": "VBZ"}, "1998-04-27"},
		// A weekday spoken of as a thing has been.
		{"The protest follows Monday's verdict.", map[string]string{"follows": "VBZ"}, "1998-04-27"},
		{"Lawyers will try to appeal Monday's judgment.", nil, "1998-04-27"},
		{"Until Monday, police had not named the driver.", nil, "1998-04-27"},
		{"The sale lasts until Monday.", nil, "1998-05-04"},
		// No verb before it: the last one.
		{"Delegates in Oslo Monday.", nil, "1998-04-27"},
	} {
		ms := findTagged(c.text, fri, c.tags)
		if len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, ms, c.want)
		}
	}
}

func TestReportedQuarterByVerb(t *testing.T) {
	oct := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	tags := map[string]string{"dropped": "VBD", "has": "VBZ", "had": "VBD"}
	text := "Third-quarter profit dropped. The firm has no forecast for fourth-quarter sales. In the latest quarter, it had a deficit."
	var got []string
	for _, m := range findTagged(text, oct, tags) {
		got = append(got, m.Text+"|"+m.Value)
	}
	want := []string{"Third-quarter|1989-Q3", "fourth-quarter|1989-Q4", "the latest quarter|1989-Q3"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestRankedOverStretch: "in 50 years" after a superlative or "first"
// ranks the event over that stretch, a duration, where "in two weeks"
// after a verb is a date ahead. Checked with the tagger's tags, as the
// analyser runs, and without them.
func TestRankedOverStretch(t *testing.T) {
	for _, c := range []struct {
		text  string
		wants []want
	}{
		{"The drought in Marlow County is the worst in 50 years.", []want{{"50 years", doc.Duration, "P50Y", ""}}},
		{"Bread prices in Velm fell for the first time in three months.", []want{{"three months", doc.Duration, "P3M", ""}}},
		{"It was the deadliest storm on the Orrin coast in a decade.", []want{{"a decade", doc.Duration, "P10Y", ""}}},
		// A verb between: the stretch is ahead of publication.
		{"The best riders of Velm will return in three weeks.", []want{{"three weeks", doc.Date, "2025-W38", ""}}},
		{"The Orrin bridge will reopen in two weeks.", []want{{"two weeks", doc.Date, "2025-W37", ""}}},
		// A rank told ahead, or one that already names its stretch.
		{"Ortiz will make her first visit to Velm in two weeks.", []want{{"two weeks", doc.Date, "2025-W37", ""}}},
		{"The Velm club plays its biggest match of the season in three weeks.", []want{{"three weeks", doc.Date, "2025-W38", ""}}},
		{"Velm will host the largest summit in its history in two months.", []want{
			{"two months", doc.Date, "2025-10", ""}}},
	} {
		check(t, c.text, pub, c.wants)
		checkTagged(t, c.text, pub, c.wants)
	}
}

// TestPlanInPresent: "is expected", "is due", "is set" before a time look
// ahead as "expected to" does (pub is Thursday 2025-08-28); the past
// "was expected" does not.
func TestPlanInPresent(t *testing.T) {
	for _, c := range []struct {
		text  string
		wants []want
	}{
		{"A ruling on the Orrin dam is expected in the spring.", []want{{"the spring", doc.Date, "2026-SP", ""}}},
		{"Results from Velm are due in March.", []want{{"March", doc.Date, "2026-03", ""}}},
		{"The Kessmoor vote is set for Tuesday.", []want{{"Tuesday", doc.Date, "2025-09-02", ""}}},
		{"A ruling on the Orrin dam was expected in the spring.", []want{{"the spring", doc.Date, "2025-SP", ""}}},
		// A possessive 's is no "is".
		{"The Velm band's set on Friday was cut short by rain.", []want{{"Friday", doc.Date, "2025-08-22", ""}}},
		{"The Orrin firm's due diligence in March found no fraud.", []want{{"March", doc.Date, "2025-03", ""}}},
	} {
		check(t, c.text, pub, c.wants)
		compare(t, c.text, findAnnotated(c.text, pub), c.wants)
	}
}

// TestScheduleInPresent: a month or season after a present tense other
// than a verb of saying is the one ahead when it is no farther ahead than
// behind (written in March, "begins in September" is this September; the
// six-month tie looks ahead), as a weekday is; a month just gone ("Exports
// rise in January", a headline's present) and the past keep the last one.
// Read with the tagger's tags, as the analyser runs. Known behaviour, not
// a target: a month more than six months ahead keeps the past even after a
// schedule's present ("The festival takes place in December" written in
// March is last December, where the coming one is likelier).
func TestScheduleInPresent(t *testing.T) {
	mar := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string
	}{
		{"The Orrin festival takes place in June.", "2025-06"},
		{"The trial of the Velm mayor begins in September.", "2025-09"},
		{"The trial of the Velm mayor began in September.", "2024-09"},
		{"The Velm school reopens in the autumn.", "2025-FA"},
		{"The Velm school reopened in the autumn.", "2024-FA"},
		// A headline's present of a month just gone tells the past.
		{"Exports from Velm rise in January.", "2025-01"},
		// A verb that reports (show, find, reveal) tells no schedule.
		{"The Velm figures show a sharp rise in crime in September.", "2024-09"},
		{"A Velm study finds a rise in thefts in August.", "2024-08"},
		{"Orrin records reveal a fall in exports in the summer.", "2024-SU"},
	} {
		if ms := findAnnotated(c.text, mar); len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q: got %s, want %s", c.text, describe(ms), c.want)
		}
	}
}

// TestDaysEarlier: "a day earlier", "two weeks earlier" count from an event
// of the story, a length as "three days later" is; "a year earlier" and
// "a month earlier" in a report stay the period compared.
func TestDaysEarlier(t *testing.T) {
	for _, c := range []struct {
		text  string
		wants []want
	}{
		{"A day earlier, trucks streamed into Velm.", []want{{"A day earlier", doc.Duration, "P1D", ""}}},
		{"Two weeks earlier, the Orrin dam had cracked.", []want{{"Two weeks earlier", doc.Duration, "P2W", ""}}},
		{"Velmco's sales rose 4 percent from a year earlier.", []want{{"a year earlier", doc.Date, "2024", ""}}},
		// A figure set against it makes any of them the period compared.
		{"Orrin oil fell 2 percent from a day earlier.", []want{{"a day earlier", doc.Date, "2025-08-27", ""}}},
		{"Velm jobless claims rose by 5,000 from a week earlier.", []want{{"a week earlier", doc.Date, "2025-W34", ""}}},
		{"Tolvan fares were flat compared with two weeks earlier.", []want{{"two weeks earlier", doc.Date, "2025-W33", ""}}},
		{"Velm rents were higher than a week earlier.", []want{{"a week earlier", doc.Date, "2025-W34", ""}}},
	} {
		check(t, c.text, pub, c.wants)
	}
}
