package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func TestEraYears(t *testing.T) {
	for _, c := range []struct{ text, span, value string }{
		{"The wall was begun in 220 BC by a local king.", "220 BC", "BC0220"},
		{"The site was settled around 3100 B.C. and abandoned later.", "3100 B.C.", "BC3100"},
		{"The temple fell in 70 A.D. during a siege.", "70 A.D.", "0070"},
		{"A volcano buried the town in AD 79 in an afternoon.", "AD 79", "0079"},
		{"The ruins date to 1,200 BCE at the latest.", "1,200 BCE", "BC1200"},
		{"The city was founded in the fifth century BC by traders.", "the fifth century BC", "BC04"},
		{"The road was paved in the third century AD.", "the third century AD", "02"},
	} {
		checkWith(t, c.text, qref, Options{}, []want{{c.span, doc.Date, c.value, ""}})
	}
	// British Columbia, not an era; an advertisement, not Anno Domini.
	checkWith(t, "In 2014 BC Hydro raised its rates.", qref, Options{}, []want{{"2014", doc.Date, "2014", ""}})
	checkWith(t, "They bought 30 ad slots on the radio.", qref, Options{}, nil)
	checkWith(t, "They ran 3 AD campaigns.", qref, Options{}, nil)
	checkWith(t, "The 2014 BC voters list was long.", qref, Options{}, []want{{"2014", doc.Date, "2014", ""}})
}
