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
		{"It announced an agreement to acquire the company in January.",
			map[string]string{"announced": "VBD", "acquire": "VB", "to": "TO"}, "1990-01"},
		// A participle after "be": the coming December.
		{"Final guidelines are to be published in December.",
			map[string]string{"are": "VBP", "be": "VB", "published": "VBN"}, "1989-12"},
		// A past tense governs it: last year's December.
		{"The company changed its fiscal year in December.",
			map[string]string{"changed": "VBD"}, "1988-12"},
		// Three months ahead is too far: the last March.
		{"The company agreed to buy it in March.",
			map[string]string{"agreed": "VBD", "buy": "VB", "to": "TO"}, "1989-03"},
	} {
		ms := findTagged(c.text, nov, c.tags)
		if len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, ms, c.want)
		}
	}
	// Without tags the month stays the last one.
	if ms := Find("It announced an agreement to acquire the company in January.", nov); len(ms) != 1 || ms[0].Value != "1989-01" {
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
		{"Mr. Reupke, 52 years old and a 27-year veteran, left.", []string{"27-year|P27Y"}},
		{"Employees 55 years old or older may retire.", nil},
		{"He waited 52 years for it.", []string{"52 years|P52Y"}},
		// "at a rally" is no clock time.
		{"It was read Wednesday night at a rally.", []string{"Wednesday night|2000-01-05TNI"}},
		{"They met Wednesday night at 9.", []string{"Wednesday night at 9|2000-01-05T21:00"}},
		// "the year" alone is the current one; before more words it is not.
		{"For the year, volume was flat.", []string{"the year|2000"}},
		{"Sales rose in the first nine months of the year.", []string{"the first nine months|P9M", "the year|2000"}},
		{"He left the year before.", nil},
		{"She was named Player of the Year.", nil},
		// A clock time soon after a day named in its sentence is on that day.
		{"It made its first flight Wednesday in Everett, Washington at 18:00 UTC.",
			[]string{"Wednesday|2000-01-05", "18:00 UTC|2000-01-05T18:00"}},
		// "the" before an adjective is the noun's; before "early" the time's.
		{"The company reported the third-quarter loss.", []string{"third-quarter|1999-Q3"}},
		{"Sales fell in the third-quarter period.", []string{"third-quarter|1999-Q3"}},
		{"The stock peaked in the early 1980s.", []string{"the early 1980s|198"}},
		// The same period last year in a report on a quarter.
		{"It lost $8 million in the third quarter, against a profit for the corresponding period last year.",
			[]string{"the third quarter|1999-Q3", "the corresponding period last year|1999-Q3"}},
		{"U.K. sales for last year's quarter were $3 million.", []string{"last year's quarter|1999"}},
		// "year's end" as "year-end"; names and idioms are no times.
		{"Rules should be in place by year's end.", []string{"year's end|2000"}},
		{"It cut 6,000 jobs by year end.", []string{"year end|2000"}},
		{"The year end of the program is near.", nil},
		{"Gonzalez said on CBS's 60 Minutes that he would go.", nil},
		{"They waited 60 minutes.", []string{"60 minutes|PT60M"}},
		{"Baker, speaking on ABC News' \"This Week,\" said the request helps.", nil},
		{"Prices Rise This Week", []string{"This Week|2000-W01"}},
		{"This Week, prices rose.", []string{"This Week|2000-W01"}},
		{"Stores close on Thanksgiving Day this year.", []string{"Thanksgiving Day|1999-11-25", "this year|2000"}},
		{"For Poland, high noon comes today.", []string{"today|2000-01-06"}},
		// "current" before a noun is the present; a current account is not.
		{"He called current market conditions highly competitive.", []string{"current|PRESENT_REF"}},
		{"Holders may buy shares at half the then current market price.", []string{"current|PAST_REF"}},
		{"The current account deficit widened.", nil},
		{"The ocean current was strong.", nil},
		// An earlier quarter recalled does not change the one reported.
		{"Third-quarter net rose. After a flat second quarter, profit rose from a year ago.",
			[]string{"Third-quarter|1999-Q3", "second quarter|1999-Q2", "a year ago|1998-Q3"}},
		// "effective" puts the date ahead whatever the verb.
		{"It created an office of the chairman, effective June 1.", []string{"June 1|2000-06-01"}},
		{"It created an office of the chairman on June 1.", []string{"June 1|1999-06-01"}},
		// A part of the day and the day after it; "the last half" of a year.
		{"In London at mid-afternoon yesterday, shares were up.", []string{"mid-afternoon yesterday|2000-01-05TAF"}},
		{"It means lower earnings for the last half of 1999.", []string{"the last half of 1999|1999-H2"}},
		// "ahead of" looks ahead, even before a possessive weekday.
		{"Traders squared positions ahead of the weekend.", []string{"the weekend|2000-W01-WE"}},
		{"Traders sold ahead of Tuesday's vote.", []string{"Tuesday|2000-01-11"}},
		// "This quarter's loss" is the reported quarter's.
		{"It lost $8 million in the third quarter. This quarter's loss includes charges.",
			[]string{"the third quarter|1999-Q3", "This quarter|1999-Q3"}},
		// "today's world" is an era; "today's editions" a day.
		{"It is for today's youth what the blockade was.", nil},
		{"If I were choosing the people of tomorrow, I would choose them.", nil},
		{"The offer, advertised in today's editions, expires.", []string{"today|2000-01-06"}},
		{"Trading stops at the close of today.", []string{"today|2000-01-06"}},
		// Trading days are a duration, not an offset in calendar days.
		{"Eight trading days after Oct. 12, the index was down.", []string{"Eight trading days|P8D", "Oct. 12|1999-10-12"}},
		{"It takes five business days.", []string{"five business days|P5D"}},
		// "the near term" is the future; "the weeks ahead" a vague stretch.
		{"We don't minimize the challenges of the near term.", []string{"the near term|FUTURE_REF"}},
		{"Funds may sell in the weeks ahead.", []string{"the weeks ahead|PXW"}},
		{"It offers the long term care plan.", nil},
		// Vague units joined by "or" are one stretch.
		{"He probably died within weeks or months of his capture.", []string{"weeks or months|PXW"}},
		{"Prices should rise over the next two years or so.", []string{"the next two years or so|P2Y"}},
		// "annually" after a figure is its rate; alone it is a SET.
		{"Revenue should increase by 20% annually.", nil},
		{"The plant would produce about 10,000 units annually.", nil},
		{"Similar commemorations are held here annually.", []string{"annually|P1Y"}},
		// "that day" with no day named before is any such day.
		{"You get a news item, and you have strong redemptions that day.", nil},
		{"He arrived on Jan. 3, 2000. That day, he met the mayor.", []string{"Jan. 3, 2000|2000-01-03", "That day|2000-01-03"}},
		// A month and the spoken year after it are one date.
		{"One person is killed. January nineteen ninety-seven. Atlanta again.", []string{"January nineteen ninety-seven|1997-01"}},
		{"Prices fell to the level we saw in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four|1994-WI"}},
		// "the previous Friday" counts from the day in view.
		{"The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.",
			[]string{"Friday|1999-12-31", "previous Friday|1999-12-24"}},
		{"The blast occurred at about 10:35 a.m. (0735 GMT) on Wednesday.", []string{"10:35 a.m.|2000-01-06T10:35", "Wednesday|2000-01-05"}},
		{"He will leave at 4 in the morning (4 a.m. EDT Thursday).", []string{"4 in the morning|2000-01-06T04:00", "4 a.m. EDT Thursday|2000-01-06T04:00"}},
		{"Weak demand should last through the first two quarters of 1990.", []string{"the first two quarters of 1990|1990-H1"}},
		// A year and its quarter are one date.
		{"Net sales for this year's third quarter fell.", []string{"this year's third quarter|2000-Q3"}},
		{"It could be effective as early as next year's first quarter.", []string{"next year's first quarter|2001-Q1"}},
		{"In the year-earlier third quarter, it earned $2 million.", []string{"the year-earlier third quarter|1999-Q3"}},
		{"It lost $2 million in the comparable year-ago quarter.", []string{"the comparable year-ago quarter|1999"}},
		{"The year-ago results included a charge.", []string{"year-ago|1999"}},
		{"Net for the year-earlier nine months included a gain.", []string{"the year-earlier nine months|P9M"}},
		// A year before a quarter is that quarter; before nine months, the year.
		{"In the third quarter, net rose to $5 million from $4 million a year earlier.",
			[]string{"the third quarter|1999-Q3", "a year earlier|1998-Q3"}},
		{"Net for the nine months rose to $9 million from $8 million a year earlier.",
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
		{"Arafat and Netanyahu meet separately Monday with Albright.", map[string]string{"meet": "VBP"}, "1998-05-04"},
		// A verb of saying reports the day it was said.
		{"The ministry says Monday that talks go on.", map[string]string{"says": "VBZ"}, "1998-04-27"},
		// A weekday spoken of as a thing has been.
		{"The move follows Monday's decision.", map[string]string{"follows": "VBZ"}, "1998-04-27"},
		{"They would look for ways to get around Monday's ruling.", nil, "1998-04-27"},
		{"Until Monday, they had not called him a suspect.", nil, "1998-04-27"},
		{"The offer runs until Monday.", nil, "1998-05-04"},
		// No verb before it: the last one.
		{"Arafat in Paris Monday.", nil, "1998-04-27"},
	} {
		ms := findTagged(c.text, fri, c.tags)
		if len(ms) != 1 || ms[0].Value != c.want {
			t.Errorf("%q: got %+v, want %s", c.text, ms, c.want)
		}
	}
}

func TestReportedQuarterByVerb(t *testing.T) {
	oct := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	tags := map[string]string{"fell": "VBD", "has": "VBZ", "had": "VBD"}
	text := "Third-quarter net fell. The company has no estimate of the impact on fourth-quarter results. In the latest quarter, it had a loss."
	var got []string
	for _, m := range findTagged(text, oct, tags) {
		got = append(got, m.Text+"|"+m.Value)
	}
	want := []string{"Third-quarter|1989-Q3", "fourth-quarter|1989-Q4", "the latest quarter|1989-Q3"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("got %v, want %v", got, want)
	}
}
