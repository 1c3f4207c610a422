package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestDecadesAndMonthOrdinals(t *testing.T) {
	cases := []struct{ text, span, typ, value string }{
		{"Prices doubled in the 1990 s.", "1990 s", doc.Date, "199"},
		{"Prices doubled in nineties.", "nineties", doc.Date, "199"},
		// A round hundred before 2000 is its century; the 2000s a decade.
		{"The Velm mill opened in the 1900s.", "the 1900s", doc.Date, "19"},
		{"The Orrin charter dates back to the 1800s.", "the 1800s", doc.Date, "18"},
		{"Rents in Velm soared in the 2000s.", "the 2000s", doc.Date, "200"},
		{"They leave the third month of 2021.", "the third month of 2021", doc.Date, "2021-03"},
		{"The 9th month of next year brings a review.", "The 9th month of next year", doc.Date, "2014-09"},
		{"The quake struck circa 5 in the morning.", "5 in the morning", doc.TimeOfDay, "2013-02-12T05:00"},
		{"They will meet on Friday the 15th around 4.", "Friday the 15th around 4", doc.TimeOfDay, "2013-02-15T04:00"},
		{"They met on Friday the 15th around 4.", "Friday the 15th around 4", doc.TimeOfDay, "2012-06-15T04:00"},
		{"They met on Monday at six pm.", "Monday at six pm", doc.TimeOfDay, "2013-02-11T18:00"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
	checkWith(t, "He is in his nineties.", qref, Options{}, nil)
}

func TestClockRangeEnds(t *testing.T) {
	for _, c := range []struct{ text, from, to string }{
		{"Lunch runs 11:30-1:30 on Friday.", "2013-02-15T11:30", "2013-02-15T13:30"},
		{"The desk is open Thursday from 9:30 untill 11:00.", "2013-02-14T09:30", "2013-02-14T11:00"},
	} {
		got := FindWith(c.text, qref, Options{Direction: Future})
		if len(got) != 1 || got[0].Range == nil || got[0].Range[0] != c.from || got[0].Range[1] != c.to {
			t.Errorf("%q: got %s, want %s..%s", c.text, describe(got), c.from, c.to)
		}
	}
}

func TestRangeZone(t *testing.T) {
	for _, text := range []string{"The call runs 9:30 - 11:00 CST.", "The call runs 9h30 - 11h00 CST."} {
		got := FindWith(text, qref, Options{Direction: Future})
		if len(got) == 0 || got[0].Zone != "CST" || got[0].Range == nil {
			t.Errorf("%q: the zone after the end is the start's too: %s", text, describe(got))
		}
	}
}
