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
	return x.phoneCall(k)
}

// phoneCall reports whether "called" at k rings someone up: a verb whose
// object, a name or a pronoun, ends the sentence or is followed by a time
// ("called the senator.", "called both rivals Tuesday night"). A label
// follows the object when someone calls a person something ("called the
// plan reckless", "called him \"a fraud\""); a comma, "and" or "to" after
// the object is as often a label's lead-in as a phone call, and is left
// alone.
func (x *extractor) phoneCall(k int) bool {
	d := x.d
	if d.Tokens[k].POS != "VERB" || k+1 >= len(d.Tokens) {
		return false
	}
	o := k + 1
	if p := d.Tokens[o].POS; p != "PROPN" && p != "PRON" && p != "DET" && p != "NUM" && !isQuantWord(d.Tokens[o].Lower) {
		return false
	}
	switch d.Tokens[o].Lower {
	case "it", "this", "that", "itself", "himself", "herself", "themselves", "what":
		return false
	}
	e := x.callObjectEnd(o, d.Tokens[k].Sent)
	if e <= o || e >= len(d.Tokens) {
		return false
	}
	if x.labelledWhat(k) {
		return false
	}
	n := d.Tokens[e].Lower
	return n == "." || isTimeWord(n)
}

// labelledWhat reports whether "what" comes shortly before "called" at k
// ("what officials called a hate crime"): the object is then the label.
func (x *extractor) labelledWhat(k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if x.d.Tokens[i].Lower == "what" {
			return true
		}
	}
	return false
}

// callObjectEnd returns the end of the object noun phrase at o: a pronoun
// alone, or determiners, numbers, nouns and names, with an adjective only
// before a noun ("both rivals", "a local pastor"); it stops at a time
// ("Tuesday night") and at a lone adjective, which is a label ("reckless").
func (x *extractor) callObjectEnd(o, sent int) int {
	d := x.d
	if d.Tokens[o].POS == "PRON" {
		return o + 1
	}
	e, head := o, false
	for e < len(d.Tokens) && d.Tokens[e].Sent == sent && !isTimeWord(d.Tokens[e].Lower) {
		p := d.Tokens[e].POS
		if head && (p == "DET" || p == "NUM" || p == "ADJ") {
			// "the result a fraud": a second phrase is the label.
			return e
		}
		head = head || p == "NOUN" || p == "PROPN"
		switch {
		case p == "DET" || p == "NUM" || e == o && isQuantWord(d.Tokens[e].Lower) || p == "NOUN" || p == "PROPN" || p == "PART" && isPossessive(d.Tokens[e].Lower):
		case p == "ADJ" && e+1 < len(d.Tokens) && (d.Tokens[e+1].POS == "NOUN" || d.Tokens[e+1].POS == "ADJ"):
		default:
			return e
		}
		e++
	}
	return e
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// isQuantWord reports whether w opens a noun phrase by counting its
// members ("both rivals", "all three mayors"), whatever the tagger says.
func isQuantWord(w string) bool { return w == "both" || w == "all" || w == "several" }
