package timex

import (
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// weekdayOffset reads a weekday named with a date counted from another
// ("Monday two weeks from now", "Thursday, two years from now", "three
// weeks after Christmas on Friday", "two months from today on Tuesday")
// as that weekday of the ISO week the counted date falls in, the week
// TimeML names: one expression, a day. The weekday alone would be the
// nearest one and the count a week or a year. A comma between them is
// accepted only before a count from now ("from now", "from today",
// "hence"): "resigned Tuesday, three weeks after the vote" names the
// Tuesday, the count being a loose aside.
func weekdayOffset(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			a, b := ms[i], ms[i+1]
			wa, wb := weekdayName(a.Text), weekdayName(b.Text)
			if a.Type != doc.Date || b.Type != doc.Date || wa == 0 && wb == 0 || b.Start-a.End > 4 {
				out = append(out, ms[i])
				continue // cheap tests first: this runs on every pair
			}
			gap := strings.ToLower(strings.TrimSpace(d.Slice(a.End, b.Start)))
			wd, off, first := 0, b, true
			if wa != 0 && (gap == "" || gap == "," && fromNow(b.Text)) {
				wd = wa
			} else if wb != 0 && gap == "on" {
				wd, off, first = wb, a, false
			}
			if wd != 0 && countedDate(off.Text) {
				if day, ok := offsetDay(d, off); ok {
					mon := day.AddDate(0, 0, 1-isoWeekday(day))
					m := a
					m.End, m.Text, m.Value, m.Range, m.Mod = b.End, d.Slice(a.Start, b.End), fmtDay(mon.AddDate(0, 0, wd-1)), nil, ""
					if !first {
						m.Anchor = a.Anchor
					} else {
						m.Anchor = b.Anchor
					}
					out = append(out, m)
					i++
					continue
				}
			}
		}
		out = append(out, ms[i])
	}
	return out
}

// countedDate reports whether text counts a date from another: a number
// or "a" and a unit, then "from", "after", "before", "hence" or "later".
func countedDate(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 3 {
		return false
	}
	if u, ok := units[f[1]]; !ok || u.clock {
		return false
	}
	switch f[2] {
	case "from", "after", "before", "hence", "later":
		return true
	}
	return false
}

// fromNow reports whether text counts from the moment of writing.
func fromNow(text string) bool {
	t := strings.ToLower(text)
	return strings.HasSuffix(t, "from now") || strings.HasSuffix(t, "from today") || strings.HasSuffix(t, "hence")
}

// offsetDay is the day a counted date names: its value when it is a day,
// the Monday of its week when a week, and for a coarser value counted
// from now ("two years from now": 2023) the publication day moved by
// the count.
func offsetDay(d *doc.Document, m Match) (time.Time, bool) {
	v := m.Value
	if len(v) == 10 && v[4] == '-' && v[7] == '-' && allDigits(v[:4]) {
		t, err := time.Parse("2006-01-02", v)
		return t, err == nil
	}
	if len(v) == 8 && v[5] == 'W' && allDigits(v[:4]) {
		t, _, ok := isoWeekStart(v)
		return t, ok
	}
	ref := d.Article.Published
	if ref.IsZero() || !fromNow(m.Text) {
		return time.Time{}, false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	n := 1.0
	if f[0] != "a" && f[0] != "an" {
		var ok bool
		if n, ok = numparse.Digits(f[0]); !ok {
			if n, _, ok = numparse.Words(f[:1]); !ok {
				return time.Time{}, false
			}
		}
	}
	if n != float64(int(n)) || n > 1000 {
		return time.Time{}, false
	}
	k := int(n)
	day := date(ref.Year(), int(ref.Month()), ref.Day())
	switch strings.TrimSuffix(f[1], "s") {
	case "year":
		return day.AddDate(k, 0, 0), true
	case "month":
		return day.AddDate(0, k, 0), true
	case "week":
		return day.AddDate(0, 0, 7*k), true
	case "day":
		return day.AddDate(0, 0, k), true
	}
	return time.Time{}, false
}

// weekdayName is the ISO number of the weekday text names, 0 if none;
// it does not allocate.
func weekdayName(text string) int {
	if len(text) < 6 || len(text) > 9 {
		return 0
	}
	for name, n := range weekdays {
		if strings.EqualFold(text, name) {
			return n
		}
	}
	return 0
}
