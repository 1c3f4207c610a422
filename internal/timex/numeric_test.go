package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestNumericForms(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"Sales peaked in 2014-10.", "2014-10", "2014-10"},
		{"The plan starts 2015-3.", "2015-3", "2015-03"},
		{"The file is dated 20161016.", "20161016", "2016-10-16"},
		{"On 2016 10 16, the conference started.", "2016 10 16", "2016-10-16"},
		{"Revenue rose in q1-2019.", "q1-2019", "2019-Q1"},
		{"Revenue rose in 18q4.", "18q4", "2018-Q4"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// A season or fiscal year, and numbers that are not days.
	for _, text := range []string{"He chaired it in the 2011-12 season.", "Order 20161399 shipped.", "In 2016 10 16-year-olds ran."} {
		for _, m := range Find(text, qref) {
			if len(m.Value) == 7 && m.Value[4] == '-' || len(m.Value) == 10 {
				t.Errorf("%q: read as a month or day: %s", text, describe([]Match{m}))
			}
		}
	}
}
