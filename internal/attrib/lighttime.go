package attrib

// durationWords are the units that "for" makes a span of time of ("has
// been making the case for weeks").
var durationWords = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decades": true}

// lightTimeEnd returns the end of a time phrase at c that stands between a
// light-verb phrase and its clause — "made clear Monday that …", "made
// clear on Monday that …", "has been making the case for weeks that …" —
// or c when there is none. PolNeAR keeps the time in the cue, as it does
// the occasions of other cues, so the cue runs to the returned index.
func (x *extractor) lightTimeEnd(c, end int) int {
	d := x.d
	if c >= end {
		return c
	}
	if t := x.timeEnd(c, end); t > c {
		return t
	}
	switch d.Tokens[c].Lower {
	case "on":
		if t := x.timeEnd(c+1, end); t > c+1 {
			return t
		}
	case "for":
		if c+1 < end && durationWords[d.Tokens[c+1].Lower] {
			return c + 2
		}
	}
	return c
}
