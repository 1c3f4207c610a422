package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestPastOrNextHour(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"Shares fell 3 percent over the past hour.", "the past hour", "PT1H"},
		{"A decision is expected in the next hour.", "the next hour", "PT1H"},
		{"Dozens of quakes struck over the past day.", "the past day", "P1D"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Duration, c.value, ""}})
	}
	checkWith(t, "They changed course at the last minute.", qref, Options{}, nil)
	checkWith(t, "Stocks rallied in the last hour of trading.", qref, Options{}, nil)
}
