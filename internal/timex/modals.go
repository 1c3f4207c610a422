package timex

// modalCue reads a present modal at token k ("can", "may", "might",
// "must", "should") followed by a bare verb as a look ahead: "members can
// take part in the summit in April" and "the board may vote on Friday"
// speak of what is still possible, so the date is the coming one. A
// perfect after the modal ("may have left in April") is a guess about
// the past, and "may" in capitals is the month. "could" and "would" are
// left alone: "could" is as often the past of "can" ("could not attend
// in March"), and "would" is already a future cue.
//
// Only a modal before the date counts (see the forward scan in tense).
func (p *parser) modalCue(k int) int {
	if p.text(k) == "May" {
		return 0
	}
	n := k + 1
	switch p.lw(n) {
	case "not", "also", "still", "soon", "now", "then", "only", "even":
		n++
	}
	switch p.lw(n) {
	case "have", "'ve", "be", "been":
		// "may have left", "can be seen", "may be the last": a perfect,
		// a passive or a state says nothing of the time ahead.
		return 0
	}
	if n >= p.limit {
		return 0
	}
	if tag := p.toks[n].Tag; tag != "" && tag != "VB" {
		return 0
	}
	return 1
}

// modals are the modals modalCue reads.
var modals = map[string]bool{"can": true, "may": true, "might": true, "must": true, "should": true}
