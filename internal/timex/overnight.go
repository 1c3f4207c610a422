package timex

import (
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// overnight moves the end of a clock range that runs past midnight onto
// the next day: "a curfew from 9 p.m. to 6 a.m.", "9pm-6am" end the
// morning after, where both ends were put on one day and the interval ran
// backwards. An end on a day of its own ("to 6 a.m. Saturday") is later
// than its start already and is left alone.
func (p *parser) overnight(r *res) {
	if r.typ != doc.TimeOfDay || len(r.value) < 16 || len(r.rangeEnd) < 16 || r.value[10] != 'T' ||
		r.rangeEnd[10] != 'T' || r.value[0] == 'X' || r.value[:10] != r.rangeEnd[:10] || r.rangeEnd[11:] >= r.value[11:] {
		return
	}
	t, err := time.Parse("2006-01-02", r.value[:10])
	if err != nil {
		return
	}
	old := r.rangeEnd
	r.rangeEnd = fmtDay(t.AddDate(0, 0, 1)) + r.rangeEnd[10:]
	if p.fix.value == old {
		p.fix.value, p.fix.night = r.rangeEnd, true // the end read as its own match
	}
}
