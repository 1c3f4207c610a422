package timex

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// eventDay reads an ordinal day of an event that news counts on the day it
// reports: "Today is the ninth day of the strike", "It's the second day
// of the offensive", "Thursday was the third day of protests", "On
// Friday, clashes went on for a third straight day". TimeBank dates such a day
// (both of its examples, written in the present, are the publication
// day). The day is the one named in the sentence, else, told in the
// present, the publication day; told in the past with no day named it is
// left alone, as is the first day ("on his first day in office"), which
// names no day of the story.
func (p *parser) eventDay(i int) (res, bool) {
	if !p.hasRef {
		return res{}, false
	}
	k := i + 1
	if n := numparse.Ordinals[p.lw(k)]; n < 2 {
		return res{}, false
	}
	k++
	switch p.lw(k) {
	case "straight", "consecutive", "successive", "full":
		k++
	}
	if p.lw(k) != "day" {
		return res{}, false
	}
	r := res{start: i, end: k + 1, typ: doc.Date, point: true}
	sent := p.toks[i].Sent
	dayNamed := p.lastDay != "" && p.lastDay[0] != 'X' && p.lastDaySent == sent
	switch b := p.lw(i - 1); {
	case dayNamed && (b == "is" || b == "was" || b == "for" || b == "'s" || b == "’s"):
		r.value = p.lastDay
	case b == "is" || b == "'s" || b == "’s":
		r.value = fmtDay(p.ref)
	default:
		return res{}, false
	}
	r.day = r.value
	return r, true
}
