package timex

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// yearAfterIn gives a month or a day written without its year the year
// named just after it with "in": "on 28 June in 2020", "from April to
// June in 2017". The date grammar reads the day alone (re-entering it
// from a rule that swallows "in YEAR" broke "in March" and many dates),
// so this pass only corrects the year of the match before, keeping both
// expressions as TimeML tags them. The end of an interval ("26 to 28
// June in 2020") is corrected with its start, and the start's Range with
// it. Weekdays and deictic dates ("next June") keep their reading: the
// year there is about something else.
func yearAfterIn(d *doc.Document, ms []Match) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], ms[i+1]
		if a.Type != doc.Date || b.Type != doc.Date || len(b.Value) != 4 || !allDigits(b.Value) ||
			!allDigits(strings.TrimSpace(b.Text)) || strings.ToLower(strings.TrimSpace(d.Slice(a.End, b.Start))) != "in" {
			continue
		}
		if !yearlessMonthDate(a.Text) {
			continue
		}
		old := a.Value
		if !setYear(&a.Value, b.Value) {
			continue
		}
		if a.Range != nil {
			rg := *a.Range
			setYear(&rg[0], b.Value)
			setYear(&rg[1], b.Value)
			if rg[0] > rg[1] {
				// "from November to February in 2017": the start is in
				// the year before.
				rg[0] = shiftYear(rg[0], -1)
				a.Value = rg[0]
			}
			a.Range = &rg
		}
		// The end's own match: the interval before it names it as its end.
		if i > 0 && ms[i-1].Range != nil && ms[i-1].Range[1] == old && yearlessMonthDate(ms[i-1].Text) {
			p := &ms[i-1]
			rg := *p.Range
			rg[1] = a.Value
			setYear(&rg[0], b.Value)
			if rg[0] > rg[1] {
				rg[0] = shiftYear(rg[0], -1)
			}
			p.Range = &rg
			p.Value = rg[0]
		}
	}
}

// yearlessMonthDate reports whether text names a month (and maybe a day)
// with no year and no word that moves it ("next", "last", a weekday).
func yearlessMonthDate(text string) bool {
	hasMonth := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '-' || r == '–'
	}) {
		if _, ok := months[w]; ok {
			hasMonth = true
			continue
		}
		if _, ok := weekdays[w]; ok {
			return false
		}
		switch w {
		case "next", "last", "this", "past", "coming", "previous", "following", "every", "each":
			return false
		}
		if len(w) >= 3 && (allDigits(w) || w[0] == '\'') {
			return false // a year is written
		}
	}
	return hasMonth
}

// setYear writes year y into a month or day value ("2019-06" or
// "2019-06-28"); it reports whether v was one.
func setYear(v *string, y string) bool {
	s := *v
	if len(s) != 7 && len(s) != 10 || s[4] != '-' || !allDigits(s[:4]) && s[:4] != "XXXX" || !allDigits(s[5:7]) {
		return false
	}
	*v = y + s[4:]
	return true
}

func shiftYear(v string, n int) string {
	if len(v) < 4 || !allDigits(v[:4]) {
		return v
	}
	y := 0
	for _, c := range v[:4] {
		y = y*10 + int(c-'0')
	}
	return pad(y+n, 4) + v[4:]
}
