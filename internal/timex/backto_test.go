package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestBackToYear(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The market hall dates back to 1872.", []want{{"1872", doc.Date, "1872", ""}}},
		{"Records of the feud go back to 1994, the archive shows.", []want{{"1994", doc.Date, "1994", ""}}},
		{"A mill dating to 1811 burned down.", []want{{"1811", doc.Date, "1811", ""}}},
		// Negatives: after a verb of amount, "to" introduces a number.
		{"The council cut staff back to 1450.", nil},
		{"Membership rose to 1990 last month.", []want{{"last month", doc.Date, "2013-01", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}

func TestDeicticStartKeepsItsYear(t *testing.T) {
	// "this May" is this year's May even when the interval's end names
	// a later year; a bare month takes the end's year.
	got := Find("The works run from this May to October 2015.", qref)
	if len(got) == 0 || got[0].Value != "2013-05" {
		t.Errorf("this May: got %s", describe(got))
	}
	got = Find("The works run from May to October 2015.", qref)
	if len(got) == 0 || got[0].Value != "2015-05" {
		t.Errorf("May: got %s", describe(got))
	}
}
