package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestWeekendShorthand(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"The fair will return the last wkend of July.", "the last wkend of July", "2013-W30-WE"},
		{"Crowds came back last wknd.", "last wknd", "2013-W06-WE"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// The word alone, as a name, is no weekend.
	checkWith(t, "Wknd Records signed the band.", qref, Options{}, nil)
}
