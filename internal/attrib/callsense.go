package attrib

// This file keeps "call" from being a cue where it names an action rather
// than something said: a phrasal verb ("called off the strike", "calls
// into question", "called back", "called up reservists"), an idiom
// ("called to mind", "calling attention to"), a phone call ("a call with
// the minister") or the noun in a compound the tagger reads as a verb
// ("call centers", "call logs"). On PolNeAR train none of these was a
// cue, while "call for", "call on" and "call out" are, and stay.

// isCallForm reports whether w is a form of the verb "call".
func isCallForm(w string) bool {
	switch w {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}

// callElsewhere reports whether the "call" at k is one of the senses
// above, judged by the word after it.
func (x *extractor) callElsewhere(k int) bool {
	d := x.d
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k+1].Lower {
	case "off", "into", "back", "up", "with", "attention":
		return true
	case "center", "centers", "centre", "centres", "sheet", "sheets", "log", "logs":
		return true
	case "to":
		return k+2 < len(d.Tokens) && d.Tokens[k+2].Lower == "mind"
	}
	return false
}
