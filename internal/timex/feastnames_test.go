package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestMothersDaySpellings checks Mother's and Father's Day written
// without the apostrophe or with it after the s, as headlines and
// listings often do (qref is 2013-02-12).
func TestMothersDaySpellings(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Sales peaked on Fathers Day 2012.", []want{{"Fathers Day 2012", doc.Date, "2012-06-17", ""}}},
		{"Florists were busy before Mothers' Day 2012.", []want{{"Mothers' Day 2012", doc.Date, "2012-05-13", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
