package timex

import (
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// clockThenPart joins a clock time said in words ("eight o'clock",
// "quarter past eight", "half past 8") and a part of a day written right
// after it ("tonight", "this evening", "tomorrow morning") or before it
// with "at" ("tonight at half past eight"): the clock is
// that part's hour on that day, 20:15 for "quarter past eight tonight".
// The grammar joins digits and a part ("8:15 this evening") but read
// these forms alone, as the morning's hour on publication day. A clock
// with am or pm keeps its hour; a small hour of the night ("two o'clock
// tonight", after midnight) is left as it was, since its day is the next.
func clockThenPart(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			if m, ok := clockPartPair(d, ms[i], ms[i+1], false); ok {
				out = append(out, m)
				i++
				continue
			}
			if m, ok := clockPartPair(d, ms[i+1], ms[i], true); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, ms[i])
	}
	return out
}

// clockPartPair joins clock a and part b; partFirst when the part comes
// first ("tonight at half past eight"), where "at" may stand between.
func clockPartPair(d *doc.Document, a, b Match, partFirst bool) (Match, bool) {
	if a.Type != doc.TimeOfDay || b.Type != doc.TimeOfDay || a.Range != nil || b.Range != nil ||
		len(a.Value) != 16 || a.Value[10] != 'T' || len(b.Value) != 13 || b.Value[10] != 'T' || b.Value[0] == 'X' {
		return a, false
	}
	start, end := a.Start, b.End
	if partFirst {
		start, end = b.Start, a.End
		if g := strings.ToLower(strings.TrimSpace(d.Slice(b.End, a.Start))); g != "" && g != "at" {
			return a, false
		}
	} else if strings.TrimSpace(d.Slice(a.End, b.Start)) != "" {
		return a, false
	}
	pod := b.Value[11:]
	switch pod {
	case "MO", "AF", "EV", "NI":
	default:
		return a, false
	}
	lower := strings.ToLower(a.Text)
	for _, ap := range []string{"am", "pm", "a.m", "p.m"} {
		if strings.HasSuffix(lower, ap) || strings.HasSuffix(lower, ap+".") || strings.Contains(lower, " "+ap+" ") {
			return a, false
		}
	}
	h, err1 := strconv.Atoi(a.Value[11:13])
	if err1 != nil || h < 1 || h > 12 {
		return a, false
	}
	nh := podHour(pod, h)
	if pod == "NI" && nh < 12 {
		return a, false // after midnight: the next day
	}
	m := a
	m.Start, m.End, m.Text = start, end, d.Slice(start, end)
	m.Value = b.Value[:10] + "T" + pad(nh, 2) + a.Value[13:]
	return m, true
}
