package timex

import "github.com/crosscheck-news/crosscheck/doc"

// eraAfter are the era marks written after a year: "300 BC", "14 A.D.".
// The value is true for years before Christ. Lower-case "ad" and "bc" are
// left out: "a 30 ad campaign" and the common noun are far more frequent
// in news than a lower-case era.
var eraAfter = map[string]bool{
	"BC": true, "B.C.": true, "B.C": true, "BCE": true, "B.C.E.": true,
	"AD": false, "A.D.": false, "A.D": false, "CE": false, "C.E.": false,
	"a.d.": false, "b.c.": true,
}

// eraYear reads a year with its era: "300 BC", "2014 B.C.", "14 A.D.",
// "AD 79". History in news dates with an era, and without this "2014 BC"
// is read as the year 2014 and "300 BC" is lost. TimeML writes a year
// before Christ as "BC" and four digits (BC0300) and a year of the common
// era as the four-digit year (0014).
//
// "BC" and "B.C." also abbreviate British Columbia and "AD" other things,
// so only a few words may follow (eraEnds).
func (p *parser) eraYear(i int) (res, bool) {
	w := p.text(i)
	if w == "" {
		return res{}, false
	}
	if w == "AD" || w == "A.D." {
		// "AD 79": the era before the year.
		if y, ok := eraNumber(p.lw(i + 1)); ok && p.eraEnds(i+2) {
			return res{start: i, end: i + 2, typ: doc.Date, value: pad(y, 4), point: true}, true
		}
		return res{}, false
	}
	bc, isEra := eraAfter[p.text(i+1)]
	if !isEra || !p.eraEnds(i+2) {
		return res{}, false
	}
	y, ok := eraNumber(w)
	if !ok {
		return res{}, false
	}
	v := pad(y, 4)
	if bc {
		v = "BC" + v
	}
	return res{start: i, end: i + 2, typ: doc.Date, value: v, point: true}, true
}

// eraFollowers may come right after a year with its era ("in 300 BC the
// city fell", "from 14 AD to 37 AD"). Any other word makes the mark
// something else: "2014 BC Hydro" and "2014 BC voters" are British
// Columbia's, "3 AD campaigns" are advertisements.
var eraFollowers = map[string]bool{
	"to": true, "until": true, "till": true, "through": true, "the": true, "a": true, "an": true, "he": true,
	"she": true, "it": true, "they": true, "was": true, "were": true, "is": true, "as": true,
	"by": true, "from": true, "after": true, "before": true, "during": true, "under": true, "amid": true,
	"around": true, "that": true, "which": true, "who": true, "there": true, "its": true, "his": true,
	"her": true, "their": true, "had": true, "has": true, "have": true, "are": true, "be": true,
}

// eraEnds reports whether token k may follow a year with its era: the
// end of the sentence, punctuation, or a word in eraFollowers or
// afterDayRange.
func (p *parser) eraEnds(k int) bool {
	w := p.text(k)
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
		return true
	}
	lw := p.lw(k)
	return eraFollowers[lw] || afterDayRange[lw]
}

// eraNumber reads the digits of a year written with an era: 1 to 9999,
// with a thousands comma allowed ("10,000 BC" is too long a span for a
// TimeML year and is left out).
func eraNumber(w string) (int, bool) {
	if w == "" || len(w) > 5 || w[0] < '1' || w[0] > '9' {
		return 0, false
	}
	y := 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= '0' && c <= '9':
			y = 10*y + int(c-'0')
		case c == ',' && k == 1 && len(w) == 5:
		default:
			return 0, false
		}
	}
	return y, y >= 1 && y <= 9999
}

func init() {
	// "AD 79" starts at the era mark.
	starters["ad"], starters["a.d."] = true, true
}

// centuryEra adds the era written after a century ("the fifth century
// BC" is BC04, as "the 20th century" is 19; "the third century AD" stays
// 02) and takes the mark into the span.
func (p *parser) centuryEra(r *res) {
	bc, isEra := eraAfter[p.text(r.end)]
	if !isEra || !p.eraEnds(r.end+1) {
		return
	}
	r.end++
	if bc {
		r.value = "BC" + r.value
	}
}
