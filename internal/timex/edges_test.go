package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestEdges(t *testing.T) {
	cases := []struct{ text, span, value, mod string }{
		{"Figures are due by EOM.", "EOM", "2013-02", "END"},
		{"The fund closes at the EOY.", "EOY", "2013", "END"},
		{"Sales were strong at BOY.", "BOY", "2013", "START"},
		{"Talks resume at the end of the coming week.", "the end of the coming week", "2013-W08", "END"},
		{"Prices fell at the beginning of the past month.", "the beginning of the past month", "2013-01", "START"},
		{"It ends at the end of around next week.", "the end of around next week", "2013-W08", "END"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, c.mod}})
	}
	// "boy" is a word, and a line of capitals is a headline.
	checkWith(t, "The boy was found.", qref, Options{}, nil)
	checkWith(t, "A BOY IS FOUND", qref, Options{}, nil)
}

func TestWeekThenDay(t *testing.T) {
	cases := []struct{ text, span, typ, value string }{
		{"The vote is next week Wednesday.", "next week Wednesday", doc.Date, "2013-02-20"},
		{"It happened previous week - Monday.", "previous week - Monday", doc.Date, "2013-02-04"},
		{"They meet next week on Tuesday at 9 am.", "next week on Tuesday at 9 am", doc.TimeOfDay, "2013-02-19T09:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
	// A comma ends the week: "last week, Monday they left" names two.
	if got := Find("They met last week, Monday they left.", qref); len(got) != 2 {
		t.Errorf("last week, Monday: got %s", describe(got))
	}
}

func TestFollowingUnit(t *testing.T) {
	checkWith(t, "The vote is set for the following week.", qref, Options{}, []want{{"the following week", doc.Date, "2013-W08", ""}})
	checkWith(t, "Sales fell in the previous quarter.", qref, Options{}, []want{{"the previous quarter", doc.Date, "2012-Q4", ""}})
	// After a date, the following week is that date's.
	got := Find("The deal closed on March 4, 2012. The following week, shares rose.", qref)
	if len(got) != 2 || got[1].Value != "2012-W10" {
		t.Errorf("the following week after a date: got %s", describe(got))
	}
}
