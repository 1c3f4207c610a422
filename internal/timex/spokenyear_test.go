package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestSpokenYearsInDates(t *testing.T) {
	cases := []struct{ text, span, value string }{
		{"She was born on January twenty five nineteen eighty six.", "January twenty five nineteen eighty six", "1986-01-25"},
		{"On fifteen August nineteen hundred ninety three, the plant opened.", "fifteen August nineteen hundred ninety three", "1993-08-15"},
		{"The ship sailed on 6 April seventeen hundred thirty three.", "6 April seventeen hundred thirty three", "1733-04-06"},
		{"The conference was in October two thousand and five.", "October two thousand and five", "2005-10"},
		{"They meet on january first two thousand and thirty two.", "january first two thousand and thirty two", "2032-01-01"},
		{"They left in nineteen ninety six.", "nineteen ninety six", "1996"},
		{"It was built in nineteen oh five.", "nineteen oh five", "1905"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	checkWith(t, "They return May twenty nine.", qref, Options{}, []want{{"May twenty nine", doc.Date, "2013-05-29", ""}})
	// Counts after a month are not years or days.
	checkWith(t, "In May twenty nine people died.", qref, Options{}, []want{{"May", doc.Date, "2012-05", ""}})
	checkWith(t, "In October two thousand people marched.", qref, Options{}, []want{{"October", doc.Date, "2012-10", ""}})
	checkWith(t, "In March twenty five people died.", qref, Options{}, []want{{"March", doc.Date, "2012-03", ""}})
}
