package timex

import "testing"

func TestShortYearSpans(t *testing.T) {
	for _, c := range []struct{ text, span, from, to string }{
		{"The 2012-13 season was his best.", "2012-13", "2012", "2013"},
		{"The council cut the budget for 2014-15 sharply.", "2014-15", "2014", "2015"},
		{"Enrolment fell in the 1998-99 school year.", "1998-99", "1998", "1999"},
		{"He played in the 1999-00 season.", "1999-00", "1999", "2000"},
		{"Banks failed in the 2007-09 financial crisis.", "2007-09", "2007", "2009"},
		{"Snow was heavy in the winter of 2010-11 here.", "2010-11", "2010", "2011"},
		// The next year, before the noun the span modifies.
		{"The club said its 2011-12 shares of league revenue fell.", "2011-12", "2011", "2012"},
		{"The 2009-10 accounts show a small loss.", "2009-10", "2009", "2010"},
		{"Analysts expect 2012-13 shares to rise.", "2012-13", "2012", "2013"},
		// With a slash, as British news writes seasons and fiscal years.
		{"Rovers won the league in the 2011/12 season.", "2011/12", "2011", "2012"},
		{"The 2013/14 budget of Dunmore council was cut.", "2013/14", "2013", "2014"},
	} {
		got := Find(c.text, qref)
		if len(got) != 1 || got[0].Text != c.span || got[0].Value != c.from || got[0].Range == nil || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %q %s..%s", c.text, describe(got), c.span, c.from, c.to)
		}
	}
	// A month written the ISO way stays a month; a version number is none.
	for _, c := range []struct{ text, value string }{
		{"The record came out in 2011-08 on vinyl.", "2011-08"},
		{"They shipped version 2014-22 of the code.", ""},
		// Not the next year: still a month, even before a noun.
		{"The 2011-05 release fixed the bug.", "2011-05"},
		{"The permit expires 2014/10.", "2014-10"},
	} {
		got := Find(c.text, qref)
		if c.value == "" && len(got) != 0 || c.value != "" && (len(got) != 1 || got[0].Value != c.value || got[0].Range != nil) {
			t.Errorf("%q: got %s, want %q", c.text, describe(got), c.value)
		}
	}
}
