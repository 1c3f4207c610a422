package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestSpelledOutOrdinalsAboveTwenty(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"The vote will be held on the twenty-third of September.", "the twenty-third of September", "2013-09-23"},
		{"The vote will be held on the twenty third of September.", "the twenty third of September", "2013-09-23"},
		{"The vote will be held on the twenty third day of September.", "the twenty third day of September", "2013-09-23"},
		{"The treaty will lapse on the thirty-first of May.", "the thirty-first of May", "2013-05-31"},
		{"Cities grew fast in the twenty-first century.", "the twenty-first century", "20"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	for _, text := range []string{"The twenty third of them went home.", "He came twenty first of the runners."} {
		checkWith(t, text, qref, Options{}, nil)
	}
}
