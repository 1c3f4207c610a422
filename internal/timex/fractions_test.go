package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestFractionsOfAnHour(t *testing.T) {
	// qref is 04:30 on 2013-02-12; "in …" counts from it.
	for _, c := range []struct{ text, span, typ, value string }{
		{"The ferry will leave in a quarter of an hour.", "a quarter of an hour", doc.Date, "2013-02-12T04:45:00"},
		{"The ferry will leave in three-quarters of an hour.", "three-quarters of an hour", doc.Date, "2013-02-12T05:15:00"},
		{"The ferry will leave in three quarters of an hour.", "three quarters of an hour", doc.Date, "2013-02-12T05:15:00"},
		{"The ferry will leave in 1/2 hour.", "1/2 hour", doc.Date, "2013-02-12T05:00:00"},
		{"The ferry will leave in 1/4h.", "1/4h", doc.Date, "2013-02-12T04:45:00"},
		{"The ferry will leave in 3/4 h.", "3/4 h", doc.Date, "2013-02-12T05:15:00"},
		{"The ferry will leave in 1h.", "1h", doc.Date, "2013-02-12T05:30"},
		{"The ferry will leave in 20min.", "20min", doc.Date, "2013-02-12T04:50:00"},
		{"The vote closes one second from now.", "one second from now", doc.Date, "2013-02-12T04:30:01"},
		{"The crossing took a quarter of an hour.", "a quarter of an hour", doc.Duration, "PT15M"},
		{"They booked a ½ hour call.", "½ hour", doc.Duration, "PT30M"},
		{"The ferry will leave in a pair of minutes.", "a pair of minutes", doc.Date, "2013-02-12T04:32:00"},
		{"The ferry will leave in 2 and an half hours.", "2 and an half hours", doc.Date, "2013-02-12T07:00:00"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, c.typ, c.value, ""}})
	}
	for _, text := range []string{
		"A quarter of the vote went to the mayor.",
		"The drug works in 1/2 of cases.",
		"Three quarters of voters agreed.",
		"The film was shown in 3D.",
		"Rates rose a quarter point.",
		"She won a second term.",
		"Add a ½ cup of sugar.",
		"He bought a pair of shoes.",
	} {
		checkWith(t, text, qref, Options{}, nil)
	}
}
