package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestWeekNumbers(t *testing.T) {
	cases := []struct{ text, span, typ, value string }{
		{"Sales rose in week 31.", "week 31", doc.Date, "2013-W31"},
		{"Sales rose in week 3 of 2027.", "week 3 of 2027", doc.Date, "2027-W03"},
		{"Sales rose in week 27 of last year.", "week 27 of last year", doc.Date, "2012-W27"},
		{"Sales rose in Week 27 of 2011.", "Week 27 of 2011", doc.Date, "2011-W27"},
		{"Clinics close Friday mornings.", "Friday mornings", doc.Set, "XXXX-WXX-5TMO"},
		{"Talks resume tonight around 7.", "tonight around 7", doc.TimeOfDay, "2013-02-12T19:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
	// A sports round, a count, and week 53 of a year without one.
	for _, text := range []string{"The Jets won in Week 10.", "He was hurt in week 3 games.", "It came in week 53 of 2013."} {
		for _, m := range Find(text, qref) {
			if len(m.Value) == 8 && m.Value[5] == 'W' {
				t.Errorf("%q: read as a week: %s", text, describe([]Match{m}))
			}
		}
	}
}

func TestNthLast(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Shipments peak in the third last week of 2018.", "the third last week of 2018", "2018-W50"},
		{"Shipments peak in the 2nd last week of October 2018.", "the 2nd last week of October 2018", "2018-W42"},
		{"He left the second last day of May.", "the second last day of May", "2012-05-30"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
}
