package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestYearAfterIn(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		// The year after "in" is the date's; both stay expressions.
		{"The plant reopened on 14 July in 2009 after repairs.", []want{
			{"14 July", doc.Date, "2009-07-14", ""}, {"2009", doc.Date, "2009", ""}}},
		{"Tolls rose in August in 2004, the agency said.", []want{
			{"August", doc.Date, "2004-08", ""}, {"2004", doc.Date, "2004", ""}}},
		// Negatives: a written year, a weekday, a deictic month keep theirs.
		{"The plant reopened on 14 July 2011 in 2009 terms.", []want{
			{"14 July 2011", doc.Date, "2011-07-14", ""}, {"2009", doc.Date, "2009", ""}}},
		{"The board met on Monday in 2009 style.", []want{
			{"Monday", doc.Date, "2013-02-11", ""}, {"2009", doc.Date, "2009", ""}}},
		{"The plant reopened on 14 July, and in 2009 it closed.", []want{
			{"14 July", doc.Date, "2012-07-14", ""}, {"2009", doc.Date, "2009", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
	// An interval takes the year at both ends, in its Range too.
	got := Find("Talks ran from 3 May to 9 May in 2016, aides said.", qref)
	if len(got) < 2 || got[0].Value != "2016-05-03" || got[0].Range == nil || got[0].Range[1] != "2016-05-09" || got[1].Value != "2016-05-09" {
		t.Errorf("interval: got %s", describe(got))
	}
	got = FindWith("Talks ran from 3 May to 9 May in 2016, aides said.", qref, Options{Intervals: true})
	if len(got) < 1 || got[0].Range == nil || got[0].Range[0] != "2016-05-03" || got[0].Range[1] != "2016-05-09" {
		t.Errorf("interval (Intervals): got %s", describe(got))
	}
}
