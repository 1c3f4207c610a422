package timex

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// bareEnd ends a clock range at a bare hour after a clock time that says
// am or pm: "open 8am until 6", "from 9 a.m. to 5", "1pm to 3", "10pm to
// 2". After a pm start the hour is the next one on the clock (2 after
// 10pm is 02:00, which overnight then puts on the next day); after an am
// start only an hour that comes first on the clock is read (6 after 8am
// is 18:00), since "7am to 8" may end in the morning or the evening. As
// the end is not an expression on its own it borrows the start's day and
// the range is one match, as "between 2 and 4 p.m." is. k is the token
// after the range word. A noun after the hour makes it a count ("from
// 9am to 5 speakers").
func (p *parser) bareEnd(r *res, k int) bool {
	if r.typ != doc.TimeOfDay || r.clock == "" || len(r.value) < 16 || r.value[10] != 'T' || !bareHour(p.lw(k)) {
		return false
	}
	named := false
	for j := r.start; j < r.end; j++ {
		w := p.lw(j)
		if strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") || strings.HasSuffix(w, ".m.") || strings.HasSuffix(w, ".m") {
			named = true
		}
	}
	if !named {
		return false
	}
	h, m, ok := p.hourAt(k)
	if !ok || h < 1 || h > 12 {
		return false
	}
	if n := p.lw(k + 1); n != "" && n[0] >= 'a' && n[0] <= 'z' && !afterDayRange[n] {
		return false
	}
	if _, ap := ampm[p.lw(k+1)]; ap {
		return false // "9am to 5 pm" is two clock times (extendRange)
	}
	start := (int(r.value[11]-'0')*10+int(r.value[12]-'0'))*60 + int(r.value[14]-'0')*10 + int(r.value[15]-'0')
	end := (h%12)*60 + m
	switch {
	case start >= 12*60:
		// After a pm start the next such hour: "1pm to 3" is 15:00,
		// "10pm to 2" 02:00.
		if end+12*60 > start {
			end += 12 * 60
		}
	case end <= start:
		end += 12 * 60 // "8am until 6"
	default:
		// "7am to 8": 8 in the morning or the evening; left alone.
		return false
	}
	end %= 24 * 60
	r.rangeEnd = r.value[:11] + pad(end/60, 2) + ":" + pad(end%60, 2)
	r.end = k + 1
	return true
}
