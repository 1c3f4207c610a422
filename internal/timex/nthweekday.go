package timex

import (
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// nthWeekdayFrom reads "the first Monday after Labor Day", "the second
// Tuesday after Christmas 2014", "the last Friday before the 25th": a
// weekday counted from a day, the way calendars of courts, parliaments
// and elections are written. The grammar reads the weekday and the day
// apart, and the weekday alone took the nearest such day, which is no
// day the text names. The count is strict: the first Monday after a
// Monday is a week later. "Last" counts back one, before a day only;
// "the Monday after Thanksgiving" is the first. A weekday with neither
// ("shares fell Monday after Christmas") is left as it was read.
func nthWeekdayFrom(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			if m, ok := nthWeekdayPair(d, ms[i], ms[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, ms[i])
	}
	return out
}

func nthWeekdayPair(d *doc.Document, a, b Match) (Match, bool) {
	wd, last := weekdayName(a.Text), false
	if rest, ok := strings.CutPrefix(strings.ToLower(a.Text), "last "); ok && wd == 0 {
		wd, last = weekdayName(rest), true // "the last Friday before Christmas"
	}
	if wd == 0 || a.Type != doc.Date || b.Type != doc.Date || b.Range != nil || len(b.Value) != 10 || b.Start-a.End > 12 {
		return a, false
	}
	day, err := time.Parse("2006-01-02", b.Value)
	if err != nil {
		return a, false
	}
	gap := strings.Fields(strings.ToLower(d.Slice(a.End, b.Start)))
	if len(gap) != 1 || gap[0] != "after" && gap[0] != "before" {
		return a, false
	}
	k := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= a.Start })
	if k < 1 || k >= len(d.Tokens) || d.Tokens[k].Start != a.Start || d.Tokens[k-1].Sent != d.Tokens[k].Sent {
		return a, false
	}
	n, start := 1, a.Start
	switch w := d.Tokens[k-1].Lower; {
	case last:
		// "the last Friday before Christmas"; without "the", "last
		// Friday" is the past Friday and "before …" says something
		// else ("rose last Friday before Christmas shopping began").
		if gap[0] != "before" || w != "the" {
			return a, false
		}
	case w == "the":
		// "the Monday after Thanksgiving": the first.
	default:
		var ok bool
		if n, ok = nthWords[w]; !ok || n < 0 && gap[0] != "before" {
			return a, false
		}
		n, start, k = max(n, 1), d.Tokens[k-1].Start, k-1
	}
	if k >= 1 && d.Tokens[k-1].Lower == "the" && d.Tokens[k-1].Sent == d.Tokens[k].Sent {
		start = d.Tokens[k-1].Start
	}
	step := 1
	if gap[0] == "before" {
		step = -1
	}
	t := day.AddDate(0, 0, step)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, step)
	}
	t = t.AddDate(0, 0, 7*step*(n-1))
	m := a
	m.Start, m.End, m.Text = start, b.End, d.Slice(start, b.End)
	m.Value, m.Range, m.Mod, m.Anchor = fmtDay(t), nil, "", nil
	return m, true
}
