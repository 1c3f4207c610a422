package timex

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// halfDayParts read "am" and "pm" written after a day as its morning and
// its afternoon ("from today pm to tomorrow am"), the parts of the day
// Recognizers and a reader take them for.
var halfDayParts = map[string]string{"am": "MO", "a.m.": "MO", "pm": "AF", "p.m.": "AF"}

// ishParts are the parts of the day with the "-ish" of speech
// ("tomorrow afternoonish"): the part itself, the hedge being the
// word's own vagueness.
var ishParts = map[string]string{
	"morningish": "MO", "afternoonish": "AF", "eveningish": "EV", "nightish": "NI",
}

// dayThenPart joins a day written as a date ("March 4", "mar4", "12/3")
// or as today and tomorrow with a part of the day written right after it
// ("March 4 night", "tomorrow am", "Friday eveningish"), which the date
// grammars stop before: the part of that day, as TimeML writes "Tuesday
// night". The word after must end the phrase or start another ("March 4
// night session" is a noun's modifier), and a match starting at the part
// word is folded in.
func dayThenPart(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Type != doc.Date || len(m.Value) != 10 || m.Value[4] != '-' || m.Value[7] != '-' || m.Range != nil {
			out = append(out, m)
			continue
		}
		k := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= m.End })
		if k >= len(d.Tokens) || d.Tokens[k].Start != m.End && strings.TrimSpace(d.Slice(m.End, d.Tokens[k].Start)) != "" ||
			k > 0 && d.Tokens[k].Sent != d.Tokens[k-1].Sent || strings.Contains(d.Slice(m.End, d.Tokens[k].Start), "\n") {
			// The part must follow in the same sentence and line:
			// "Polls close tomorrow\n\nEvening, …" is two.
			out = append(out, m)
			continue
		}
		w := d.Tokens[k].Lower
		pod, ok := ishParts[w]
		if !ok {
			if pod, ok = halfDayParts[w]; ok && !deicticDay(m.Text) {
				ok = false // "March 4 am" is as often a clock cut short
			}
		}
		if !ok && w != "overnight" {
			pod, ok = partsOfDay[w]
		}
		if ok && k+1 < len(d.Tokens) && d.Tokens[k+1].Sent == d.Tokens[k].Sent {
			if f := d.Tokens[k+1].Text; f != "" && f[0] >= 'a' && f[0] <= 'z' && !podFollowers[f] {
				ok = false
			}
		}
		if !ok {
			out = append(out, m)
			continue
		}
		end := d.Tokens[k].End
		if i+1 < len(ms) && ms[i+1].Start < end {
			if ms[i+1].End != end {
				out = append(out, m)
				continue
			}
			i++ // the part alone was a match of its own
		}
		m.Type, m.Value, m.End = doc.TimeOfDay, m.Value+"T"+pod, end
		m.Text = d.Slice(m.Start, m.End)
		out = append(out, m)
	}
	return out
}

// deicticDay reports whether text names a day from today.
func deicticDay(text string) bool {
	switch strings.ToLower(text) {
	case "today", "tomorrow", "yesterday", "tonight":
		return true
	}
	_, ok := weekdays[strings.ToLower(text)]
	return ok
}
