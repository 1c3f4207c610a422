package timex

import (
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// dayAfterDate reads "the day after Christmas", "the day before March 5":
// the grammar took "the day after" for the day after the last date named
// (or after publication) and the date apart, which named a day the text
// does not. A day written right after it is what it counts from.
func dayAfterDate(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			a, b := ms[i], ms[i+1]
			n := 0
			switch strings.ToLower(a.Text) {
			case "the day after":
				n = 1
			case "the day before":
				n = -1
			}
			if n != 0 && b.Type == doc.Date && b.Range == nil && len(b.Value) == 10 &&
				strings.TrimSpace(d.Slice(a.End, b.Start)) == "" {
				if t, err := time.Parse("2006-01-02", b.Value); err == nil {
					m := a
					m.End, m.Text = b.End, d.Slice(a.Start, b.End)
					m.Value, m.Mod, m.Anchor = fmtDay(t.AddDate(0, 0, n)), "", nil
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
