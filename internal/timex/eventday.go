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
	streak := false
	switch p.lw(k) {
	case "straight", "consecutive", "successive", "running":
		streak = true
		k++
	case "full":
		k++
	}
	if p.lw(k) != "day" {
		return res{}, false
	}
	if p.lw(k+1) == "running" {
		streak = true
		k++
	}
	r := res{start: i, end: k + 1, typ: doc.Date, point: true}
	dayNamed := p.lastDayNamed(p.toks[i].Sent, 0)
	b := p.lw(i - 1)
	be := b == "is" || b == "was" || b == "'s" || b == "’s"
	switch {
	case be && !p.dayIsSubject(i-2, k, streak), b == "for" && !streak, !be && b != "for":
		return res{}, false
	case dayNamed:
		r.value = p.lastDay
	case b != "was" && b != "for":
		r.value = fmtDay(p.ref)
	default:
		return res{}, false
	}
	r.day = r.value
	return r, true
}

// dayIsSubject reports whether the ordinal day after "is" or "was" dates
// the subject before the verb at token s: a day ("Tuesday was", "Today
// is") or "it", with "of" and the event after the day at token k, or a
// streak ("the third straight day"). "The highlight is the second day" and
// "What is the second day of the festival called?" name no day.
func (p *parser) dayIsSubject(s, k int, streak bool) bool {
	w := p.lw(s)
	if _, ok := weekdays[w]; !ok && w != "it" && w != "today" && w != "yesterday" {
		return false
	}
	return streak || p.lw(k+1) == "of"
}
