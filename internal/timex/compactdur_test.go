package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestCompactAndFractionalDurations(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"The convoy was stopped for 3h at the border.", "3h", "PT3H"},
		{"The cold lasted 2W.", "2W", "P2W"},
		{"He left for 3.5years.", "3.5years", "P3Y6M"},
		{"One and half hour is enough.", "One and half hour", "PT1H30M"},
		{"They took a one year and a quarter break.", "one year and a quarter", "P1Y3M"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Duration, c.value, ""}})
	}
	// Without a word asking for a length, letters on a count are a name.
	checkWith(t, "He bought a 10D camera.", qref, Options{}, nil)
	// "a year and a quarter of the budget" is a share.
	checkWith(t, "It took a year and a quarter of the budget.", qref, Options{}, []want{{"a year", doc.Duration, "P1Y", ""}})
}

func TestInvertedCount(t *testing.T) {
	got := Find("Little changed in the 3 past days.", qref)
	if len(got) != 1 || got[0].Value != "P3D" || got[0].Range == nil || got[0].Range[0] != "2013-02-09" || got[0].Range[1] != "2013-02-11" {
		t.Errorf("the 3 past days: got %s", describe(got))
	}
}
