package attrib

import (
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// Casting someone as something portrays them, and PolNeAR marks it as an
// attribution like "painted … as": "the senator cast her rival as a friend
// of the banks" has the senator as source, "cast" as cue and the portrayal
// as content. Neither the passive of the stage ("she was cast as the
// lead") nor "cast a shadow" takes a side. "Cast a ballot for" was tried
// and left out: its hypotheticals ("would cast ballots for") were wrong as
// often as right on PolNeAR.

// castCues adds the attributions of active "cast" with an object and
// "as", for sentence [first, end).
func (x *extractor) castCues(first, end int) {
	x.actionCues(first, end, actionRule{
		verb:           func(x *extractor, k int) bool { return castForms[x.d.Tokens[k].Lower] },
		bareParticiple: true, // "…, casting him as a fraud"
		side: func(x *extractor, k, end int) (int, int) {
			if !x.castAs(k, end) {
				return -1, -1
			}
			return k + 1, k + 1
		},
	})
}

// castForms are the forms of "cast", matched on the surface: the
// lemmatiser reads "cast" as a form of "case" at times.
var castForms = map[string]bool{"cast": true, "casts": true, "casting": true}

// castAs reports whether "cast" at k takes an object and then "as" within
// a short noun phrase: "cast himself as", "cast the race as".
func (x *extractor) castAs(k, end int) bool {
	d := x.d
	for i := k + 1; i < end && i <= k+8; i++ {
		if d.Tokens[i].Lower == "as" {
			return i > k+1 && !x.asOfTime(i+1, end)
		}
		switch syntax.POS(d, i) {
		case "DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "ADV":
			continue
		case "PUNCT":
			if d.Tokens[i].Text == "-" || d.Tokens[i].Text == "'s" {
				continue
			}
		case "PART":
			if d.Tokens[i].Lower == "'s" || d.Tokens[i].Lower == "’s" {
				continue
			}
		}
		return false
	}
	return false
}

// asOfTime reports whether what follows "as" at c makes it a conjunction
// of time or degree, not a portrayal: "cast her ballot as soon as the polls
// opened", "cast its vote as the clock struck midnight".
func (x *extractor) asOfTime(c, end int) bool {
	if c >= end {
		return true
	}
	switch x.d.Tokens[c].Lower {
	case "soon", "long", "well", "much", "many", "far", "early", "late":
		return true
	}
	return x.clauseAfter(c, end)
}
