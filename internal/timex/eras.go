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
// "BC" and "B.C." also abbreviate British Columbia, so a mark followed by
// a capitalised word ("2014 BC Hydro", "in 1990 B.C. Rail") is not an era.
func (p *parser) eraYear(i int) (res, bool) {
	w := p.text(i)
	if w == "" {
		return res{}, false
	}
	if w == "AD" || w == "A.D." {
		// "AD 79": the era before the year.
		if y, ok := eraNumber(p.lw(i + 1)); ok && !p.isCap(i+2) {
			return res{start: i, end: i + 2, typ: doc.Date, value: pad(y, 4), point: true}, true
		}
		return res{}, false
	}
	bc, isEra := eraAfter[p.text(i+1)]
	if !isEra || p.isCap(i+2) {
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
