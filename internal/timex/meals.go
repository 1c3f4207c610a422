package timex

import (
	"sort"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Meals as parts of the day. TimeML has no value for them and TimeBank
// tags "lunch" and "dinner" as events, so only what names the time of a
// meal is read: the "-time" words ("lunchtime", "at dinnertime"), and a
// meal after "at", "after", "before" or "around" written right beside a
// day ("at lunch tomorrow", "tomorrow at lunch", "after dinner on
// Friday"), where it can only be a time of that day. "Over dinner", "a
// lunch with donors" and a bare "before lunch" stay events. The value is
// the day's with Recognizers' part-of-day codes (TMEB, TMEL, TMED), the
// meal an expression of its own beside its day, as case lists write it.

// mealTimes are the words that name a meal's time.
var mealTimes = map[string]string{
	"lunchtime": "MEL", "lunch-time": "MEL", "dinnertime": "MED", "dinner-time": "MED",
	"suppertime": "MED", "supper-time": "MED", "breakfast-time": "MEB", "breakfasttime": "MEB",
}

// mealNouns are the meals themselves, read only beside a day.
var mealNouns = map[string]string{
	"lunch": "MEL", "dinner": "MED", "supper": "MED", "breakfast": "MEB",
	"lunchtime": "MEL", "dinnertime": "MED", "suppertime": "MED",
}

var mealPreps = map[string]bool{"at": true, "after": true, "before": true, "around": true}

// meals adds the meal times of the document to ms (in text order).
func meals(d *doc.Document, ms []Match) []Match {
	toks := d.Tokens
	var add []Match
	j := 0 // the first match not ending before token k
	for k := range toks {
		w := toks[k].Lower
		code, timeWord := mealTimes[w]
		if !timeWord {
			var ok bool
			if code, ok = mealNouns[w]; !ok || k == 0 || !mealPreps[toks[k-1].Lower] {
				continue
			}
		}
		for j < len(ms) && ms[j].End <= toks[k].Start {
			j++
		}
		if j < len(ms) && ms[j].Start < toks[k].End {
			continue // inside an expression
		}
		if k+1 < len(toks) && toks[k+1].Sent == toks[k].Sent {
			dayNext := j < len(ms) && ms[j].Start == toks[k+1].Start
			if f := toks[k+1].Text; !dayNext && f != "" && f[0] >= 'a' && f[0] <= 'z' && !podFollowers[f] {
				continue // "at lunch meetings", "the lunchtime rush"
			}
		}
		day, near := "", false
		if j < len(ms) && ms[j].Type == doc.Date && dayValue(ms[j].Value) && toks[k].Sent == toks[sentTok(d, ms[j].Start)].Sent &&
			gapWords(d, toks[k].End, ms[j].Start, "", "on", ",") {
			day, near = ms[j].Value, true // "at lunch tomorrow"
		} else if j > 0 && ms[j-1].Type == doc.Date && dayValue(ms[j-1].Value) && toks[k].Sent == toks[sentTok(d, ms[j-1].Start)].Sent {
			day = ms[j-1].Value
			near = gapWords(d, ms[j-1].End, toks[k-1].Start, "", ",") // "tomorrow at lunch"
		}
		if !timeWord && !near {
			continue
		}
		if day == "" {
			day = "XXXX-XX-XX"
			if !d.Article.Published.IsZero() {
				p := d.Article.Published
				day = fmtDay(date(p.Year(), int(p.Month()), p.Day()))
			}
		}
		add = append(add, Match{Start: toks[k].Start, End: toks[k].End, Text: toks[k].Text, Type: doc.TimeOfDay,
			Value: day + "T" + code, Sentence: toks[k].Sent})
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	return ms
}

// dayValue reports whether v is a calendar day ("2013-02-12").
func dayValue(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' && allDigits(v[:4]) && allDigits(v[8:])
}

// sentTok is the token starting at offset off.
func sentTok(d *doc.Document, off int) int {
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
	if k >= len(d.Tokens) {
		k = len(d.Tokens) - 1
	}
	return k
}

// gapWords reports whether the text between offsets a and b is empty or
// one of the words given.
func gapWords(d *doc.Document, a, b int, ws ...string) bool {
	if b < a {
		return false
	}
	g := d.Slice(a, b)
	for len(g) > 0 && g[0] == ' ' {
		g = g[1:]
	}
	for len(g) > 0 && g[len(g)-1] == ' ' {
		g = g[:len(g)-1]
	}
	for _, w := range ws {
		if g == w {
			return true
		}
	}
	return false
}
