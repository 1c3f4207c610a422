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

// TestHalfAndFiscalAbbreviations: "H1 2012" is a half year as "Q1 2013" is
// a quarter, and a fiscal year written "FY2012", "FY12" or "FY 2012" is
// FY2012, as "fiscal 2012" is. A half without a year ("the H1 receptor")
// or "fy" inside a word is none.
func TestHalfAndFiscalAbbreviations(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"Velmco's profit in H1 2012 rose.", "H1 2012", "2012-H1"},
		{"Velmco's profit in FY2012 rose.", "FY2012", "FY2012"},
		{"Velmco's profit in FY12 rose.", "FY12", "FY2012"},
		{"Velmco's profit in FY 2012 rose.", "FY 2012", "FY2012"},
		{"The H1 receptor in Velm mice was blocked.", "", ""},
		{"The fyord near Velm froze.", "", ""},
	} {
		got := Find(c.text, qref)
		if c.span == "" && len(got) != 0 || c.span != "" && (len(got) != 1 || got[0].Text != c.span || got[0].Value != c.value) {
			t.Errorf("%q: got %s, want %q %s", c.text, describe(got), c.span, c.value)
		}
	}
}
