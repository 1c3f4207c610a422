package attrib

import "strings"

// This file holds the verbal cues read off the parse beyond parsedCues'
// lemma lists: verbs whose stance is their preposition's object ("railed
// against the judge"), … Each class was kept only where it raised PolNeAR
// relation overlap F1 on train and on dev.

// prepOnlyCues take a position only through a preposition that follows
// them ("focused on the economy", "railed against the judge", "commented
// on the ruling", "lashed out at", "touched on"); with an object or a
// clause they report doing, not a stance ("focused the campaign"). Measured
// on PolNeAR train, "react", "care", "bet" and "count" are right under half
// the time and are left out.
var prepOnlyCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`focus rail comment lash touch harp dwell`) {
		prepOnlyCues[w] = true
	}
}

// lemmaOf returns token k's lower-case lemma, or its lower-case form
// without one.
func (x *extractor) lemmaOf(k int) string {
	t := &x.d.Tokens[k]
	if t.Lemma == "" {
		return t.Lower
	}
	return strings.ToLower(t.Lemma)
}
