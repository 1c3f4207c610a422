package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestRuleHolidays(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Churches fill on Whitsunday 2019.", "Whitsunday 2019", "2019-06-09"},
		{"Clean Monday 2018 opened the fast.", "Clean Monday 2018", "2018-02-19"},
		{"Lazarus Saturday 2021 fell late.", "Lazarus Saturday 2021", "2021-04-24"},
		{"Orthodox Great Friday 2020 was quiet.", "Orthodox Great Friday 2020", "2020-04-17"},
		// King's Day moves to the 26th when the 27th is a Sunday.
		{"Amsterdam turned orange on King's Day 2014.", "King's Day 2014", "2014-04-26"},
		{"Koningsdag 2018 drew crowds.", "Koningsdag 2018", "2018-04-27"},
		// The Shahenshahi year has no leap day.
		{"Parsi New Year 2018 was a holiday.", "Parsi New Year 2018", "2018-08-17"},
		{"Parsi New Year 2022 was a holiday.", "Parsi New Year 2022", "2022-08-16"},
		{"Parsi New Year 2014 was a holiday.", "Parsi New Year 2014", "2014-08-18"},
		// Boss's Day on a weekend is observed on the nearest weekday.
		{"Boss's Day 2016 passed unnoticed.", "Boss's Day 2016", "2016-10-17"},
		{"Boss's Day 2021 passed unnoticed.", "Boss's Day 2021", "2021-10-15"},
		{"Boss's Day 2013 passed unnoticed.", "Boss's Day 2013", "2013-10-16"},
		{"They marched on Easter Sunday two thousand ten.", "Easter Sunday two thousand ten", "2010-04-04"},
		{"Volunteers planted trees on earth day 2010.", "earth day 2010", "2010-04-22"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
}

func TestHolidayPeriods(t *testing.T) {
	for _, c := range []struct{ text, span, from, to string }{
		{"Lent 2018 began early.", "Lent 2018", "2018-02-14", "2018-03-31"},
		{"The Great Fast 2018 ended.", "Great Fast 2018", "2018-02-19", "2018-03-30"},
	} {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %s %s..%s", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// "lent" in lower case is the verb.
	checkWith(t, "The bank lent money to the city.", qref, Options{}, nil)
	checkWith(t, "Friends lent him a car on Monday.", qref, Options{}, []want{{"Monday", doc.Date, "2013-02-11", ""}})
}

func TestHolidayWeekends(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Traffic peaked over the Labor Day weekend.", "Labor Day weekend", "2012-W35-WE"},                     // Monday 3 Sept 2012
		{"Traffic peaked over the Thanksgiving weekend.", "Thanksgiving weekend", "2012-W47-WE"},               // Thursday 22 Nov
		{"Parties ran through the weekend of Halloween 2021.", "the weekend of Halloween 2021", "2021-W43-WE"}, // a Sunday
		{"They booked for Halloween weekend 2021.", "Halloween weekend 2021", "2021-W43-WE"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
}
