package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestTimestampsAndISOIntervals(t *testing.T) {
	for _, c := range []struct{ text, span, typ, value, from, to string }{
		{"The notice was filed 2014-06-03 09:15:00 by the clerk.", "2014-06-03 09:15:00", doc.TimeOfDay, "2014-06-03T09:15", "", ""},
		{"The notice was filed June 3, 2014 09:15:30 by the clerk.", "June 3, 2014 09:15:30", doc.TimeOfDay, "2014-06-03T09:15:30", "", ""},
		{"The window ran 2014-06-03/2014-06-09 in the data.", "2014-06-03/2014-06-09", doc.Date, "2014-06-03", "2014-06-03", "2014-06-09"},
		{"Outage: 2014-06-03 22:00:00/2014-06-04 06:30:00 local.", "2014-06-03 22:00:00/2014-06-04 06:30:00", doc.TimeOfDay,
			"2014-06-03T22:00:00", "2014-06-03T22:00:00", "2014-06-04T06:30:00"},
		{"Outage: 2014-06-03T22:00/2014-06-04T06:30 local.", "2014-06-03T22:00/2014-06-04T06:30", doc.TimeOfDay,
			"2014-06-03T22:00", "2014-06-03T22:00", "2014-06-04T06:30"},
	} {
		got := Find(c.text, qref)
		ok := len(got) == 1 && got[0].Text == c.span && got[0].Type == c.typ && got[0].Value == c.value
		if ok && c.from != "" {
			ok = got[0].Range != nil && got[0].Range[0] == c.from && got[0].Range[1] == c.to
		}
		if !ok {
			t.Errorf("%q: got %s, want %q %s %s %s..%s", c.text, describe(got), c.span, c.typ, c.value, c.from, c.to)
		}
	}
	// A race time after a bare year is no clock time.
	checkWith(t, "In 2015 2:03:59 was the best time.", qref, Options{}, []want{{"2015", doc.Date, "2015", ""}})
}
