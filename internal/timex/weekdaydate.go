package timex

import (
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// weekdayThenDate joins an expression ending in a weekday and the date
// written right after it: "5pm on Friday 7 March". The clock and "on
// Friday" were read as the nearest Friday and "7 March" apart, so the
// clock landed on another day. The date decides, in the year the date
// rule gave it, even where the weekday does not fall on it.
func weekdayThenDate(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			if m, ok := weekdayDatePair(d, ms[i], ms[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, ms[i])
	}
	return out
}

func weekdayDatePair(d *doc.Document, a, b Match) (Match, bool) {
	f := strings.Fields(a.Text)
	if len(f) < 2 || a.Range != nil || b.Range != nil || b.Type != doc.Date || len(b.Value) != 10 || len(a.Value) < 10 {
		return a, false
	}
	wd := weekdayName(strings.TrimSuffix(f[len(f)-1], ","))
	if wd == 0 {
		return a, false
	}
	if g := strings.TrimSpace(d.Slice(a.End, b.Start)); g != "" && g != "," {
		return a, false
	}
	day, err := time.Parse("2006-01-02", b.Value)
	if err != nil {
		return a, false
	}
	// Where the weekday does not fall on the date, a year the date writes
	// keeps the two apart. Without one, a sentence told in the past keeps
	// the date as the date rule resolved it ("The fire started at 5pm on
	// Tuesday 10 March", with 10 March a Monday, is this March, not the
	// next one where the two agree); otherwise the year, of the next and
	// the last, where the day falls on that weekday is the one meant, as
	// "Friday 7 March" alone is read.
	if isoWeekday(day) != wd {
		if hasYearDigits(b.Text) {
			return a, false
		}
		if !pastBefore(d, a.Start) {
			found := false
			for _, n := range []int{1, -1} {
				if t := day.AddDate(n, 0, 0); t.Day() == day.Day() && isoWeekday(t) == wd {
					day, found = t, true
					break
				}
			}
			if !found {
				return a, false
			}
		}
	}
	m := a
	m.End, m.Text = b.End, d.Slice(a.Start, b.End)
	m.Value = fmtDay(day) + a.Value[10:]
	return m, true
}

// hasYearDigits reports whether text holds four digits in a row.
func hasYearDigits(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// pastBefore reports whether the sentence holding the rune offset start
// has a verb in the past tense before it (Penn VBD, or a participle after
// "had", "was" or "were"). Without tags it says no.
func pastBefore(d *doc.Document, start int) bool {
	k := d.TokenAt(start)
	if k < 0 {
		return false
	}
	s := d.Sentences[d.Tokens[k].Sent]
	for i := s.First; i < k; i++ {
		switch d.Tokens[i].Tag {
		case "VBD":
			return true
		case "VBN":
			if i > s.First {
				switch d.Tokens[i-1].Lower {
				case "had", "was", "were":
					return true
				}
			}
		}
	}
	return false
}
