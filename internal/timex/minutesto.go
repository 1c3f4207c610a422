package timex

// minutesToWords may come before "ten to midnight" read as 23:50; after
// "from" or "between" the same words are an interval (22:00 to midnight).
var minutesToWords = map[string]bool{
	"at": true, "@": true, "around": true, "about": true, "by": true, "until": true, "till": true,
	"after": true, "before": true, "approximately": true, "roughly": true, "just": true, "since": true,
}

// minutesTo reports whether tokens from i read as minutes before noon or
// midnight, "ten to midnight", "15 to noon", rather than an interval
// from an hour: a count above 12 can only be minutes, and a count from 1
// to 12 is minutes after "at", "around", "by" and the like. The count
// ends at token k, which holds "to".
func (p *parser) minutesTo(i, k int) bool {
	if p.lw(k) != "to" {
		return false
	}
	switch p.lw(k + 1) {
	case "noon", "midnight", "midday":
	default:
		return false
	}
	v, e, ok := p.count(i)
	if !ok || e != k || v < 1 || v > 59 || v != float64(int(v)) {
		return false
	}
	return v > 12 || minutesToWords[p.lw(i-1)]
}

// minutesPast reports whether the clock time at i follows "N minutes
// past" ("15 minutes past 15h"): "past" then counts from the clock time
// rather than asking for a length ("the past 15h").
func (p *parser) minutesPast(i int) bool {
	if p.lw(i-1) != "past" {
		return false
	}
	switch p.lw(i - 2) {
	case "minutes", "minute", "mins", "min", "quarter", "half":
		return true
	}
	return false
}
