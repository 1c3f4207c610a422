package attrib

import "strings"

// speakTopicless reports whether "speak" at k has no topic in the words
// after it and so reports no view: "spoke to the crowd at the fair for an
// hour", "spoke Portuguese", "spoke with the governor", "speaking on
// condition of anonymity". A speaker's words or topic follow "about", "of", "out" or
// "on" or "against" right after the verb ("spoke about the
// wall", "spoke of her youth", "spoke out against the plan", "spoke on
// trade" but not "spoke on Friday"), or "about" after the hearer or a time
// ("spoke with the Ledger about the levy", "spoke on Friday about the
// ferry"). Measured on PolNeAR train and dev, "speak" without one of these
// was right 6 times in 50.
func (x *extractor) speakTopicless(k int) bool {
	d := x.d
	_, limit := x.sentBounds(k)
	i := k + 1
	for i < limit && (x.mannerAdverbs(k, i) > i || cueAdverbs[d.Tokens[i].Lower]) {
		i++
	}
	if i < limit {
		switch d.Tokens[i].Lower {
		case "about", "of", "out", "against":
			return false
		case "on":
			// "spoke on Friday about the schedule": a time or the
			// anonymity phrase is skipped and the scan goes on.
			if te := x.timeEnd(i+1, limit); te > i+1 {
				i = te
			} else if !x.anonymity(i+1, limit) {
				return false
			}
		}
	}
	for ; i < limit && i <= k+8; i++ {
		switch d.Tokens[i].Lower {
		case "about":
			return false
		case ",", ";", ":", ".":
			return true
		}
	}
	return true
}

// anonymity reports whether "(the) condition of anonymity" opens at i.
func (x *extractor) anonymity(i, limit int) bool {
	d := x.d
	if i < limit && d.Tokens[i].Lower == "the" {
		i++
	}
	return i < limit && d.Tokens[i].Lower == "condition"
}

// isSpeak reports whether w is a form of "speak".
func isSpeak(w string) bool {
	return strings.HasPrefix(w, "speak") || w == "spoke" || w == "spoken"
}

// discourseSaid reports whether "said" at k is the connective "That said,"
// (or "This said,", "Having said that,") that opens a sentence: the writer
// turning the argument, not a report.
func (x *extractor) discourseSaid(k int) bool {
	d := x.d
	first, limit := x.sentBounds(k)
	if d.Tokens[k].Lower != "said" || k != first+1 || k+1 >= limit {
		return false
	}
	switch d.Tokens[first].Lower {
	case "that", "this":
		return d.Tokens[k+1].Text == ","
	case "having":
		return k+2 < limit && d.Tokens[k+1].Lower == "that" && d.Tokens[k+2].Text == ","
	}
	return false
}
