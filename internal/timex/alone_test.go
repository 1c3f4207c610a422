package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestAloneWords(t *testing.T) {
	cases := []struct{ text, span, typ, value string }{
		{"March", "March", doc.Date, "2013-03"},
		{"May.", "May.", doc.Date, "2013-05"},
		{"thu", "thu", doc.Date, "2013-02-14"},
		{"Sun.", "Sun.", doc.Date, "2013-02-17"},
		{"evening", "evening", doc.TimeOfDay, "2013-02-12TEV"},
		{"the 1st", "the 1st", doc.Date, "2013-03-01"},
		{"the 24", "the 24", doc.Date, "2013-02-24"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
	// In running text these are words.
	for _, text := range []string{
		"May the best team win.", "The sun rose.", "They sat down.", "The morning was cold.",
		"The 1st Battalion moved.", "He was the 24 th to finish.",
	} {
		checkWith(t, text, qref, Options{}, nil)
	}
}

func TestTonite(t *testing.T) {
	checkWith(t, "See you tonite!", qref, Options{}, []want{{"tonite", doc.TimeOfDay, "2013-02-12TNI", ""}})
	checkWith(t, "The bar opens late tonite.", qref, Options{}, []want{{"late tonite", doc.TimeOfDay, "2013-02-12TNI", "END"}})
}

func TestOnNth(t *testing.T) {
	checkWith(t, "He left on 24th.", qref, Options{}, []want{{"24th", doc.Date, "2013-01-24", ""}})
	checkWith(t, "He will leave on 24th.", qref, Options{}, []want{{"24th", doc.Date, "2013-02-24", ""}})
}

func TestInMayAndDayFromWeek(t *testing.T) {
	checkWith(t, "Sales fell in may.", qref, Options{}, []want{{"may", doc.Date, "2012-05", ""}})
	checkWith(t, "Prices in may be higher.", qref, Options{}, nil)
	checkWith(t, "They met on sunday from last week.", qref, Options{}, []want{{"sunday from last week", doc.Date, "2013-02-10", ""}})
}

func TestDayOfTheMonth(t *testing.T) {
	checkWith(t, "Bids close on the twenty-sixth day of the month.", qref, Options{}, []want{{"the twenty-sixth day of the month", doc.Date, "2013-02-26", ""}})
	checkWith(t, "Bids close on the thirtieth day of the month.", qref, Options{}, nil) // February has none
	checkWith(t, "Meetings are held semi-annually.", qref, Options{}, []want{{"semi-annually", doc.Set, "P6M", ""}})
}

func TestAbbrMonth(t *testing.T) {
	checkWith(t, "Prices rose in Feb.", qref, Options{}, []want{{"Feb.", doc.Date, "2013-02", ""}})
	// "Jan" after "to" is as often a person.
	checkWith(t, "He gave the keys to Jan.", qref, Options{}, nil)
	got := Find("What will happen from Sep to Nov", qref)
	if len(got) == 0 || got[0].Range == nil {
		t.Errorf("from Sep to Nov: got %s", describe(got))
	}
}
