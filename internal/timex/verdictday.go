package timex

import (
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// verdictDay reads the "day" of "it was a great day for the country",
// "this is a sad day": a verdict on the day of the story's event, which
// TimeBank tags as that day. "is" names the day of publication, "was" the
// last day the story named (nothing, when it named none). Only a subject
// that points at the occasion ("it", "this", "that") counts: in "Today is
// a sad day" the day is "Today" itself. The TIMEX is the noun "day", as
// the annotators mark it.
func (p *parser) verdictDay(i int) (res, bool) {
	if p.lw(i) != "day" || !p.hasRef || !verdictAdjectives[p.lw(i-1)] {
		return res{}, false
	}
	if a := p.lw(i - 2); a != "a" && a != "an" {
		return res{}, false
	}
	k := i - 3
	switch p.lw(k) {
	case "\"", "“", "``", "'", "‘":
		k-- // it was "a great day for ...
	}
	verb := p.lw(k)
	switch p.lw(k - 1) {
	case "it", "this", "that":
	default:
		return res{}, false
	}
	day := p.ref
	switch verb {
	case "is", "'s":
	case "was":
		// The day is the last one the story named; with none named
		// ("When the war ended in 1945, it was a great day") the
		// phrase dates nothing.
		t, err := time.Parse("2006-01-02", p.lastDay)
		if p.lastDay == "" || err != nil || t.After(p.ref) {
			return res{}, false
		}
		day = t
	default:
		return res{}, false
	}
	v := day.Format("2006-01-02")
	return res{start: i, end: i + 1, typ: doc.Date, value: v, point: true, day: v}, true
}

// verdictAdjectives judge a day as an occasion.
var verdictAdjectives = map[string]bool{
	"great": true, "historic": true, "historical": true, "sad": true, "black": true, "dark": true,
	"tragic": true, "proud": true, "momentous": true, "landmark": true, "terrible": true, "happy": true,
	"wonderful": true, "glorious": true, "joyous": true, "somber": true, "sombre": true, "grim": true,
	"memorable": true, "emotional": true, "good": true, "bad": true, "big": true, "special": true,
}
