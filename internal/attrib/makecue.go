package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// speechNouns name an act of saying or judging that "make" performs:
// "made three statements about the levy", "made the remark that …", "has
// made veiled attacks on the audit".
var speechNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`statement statements comment comments remark remarks allegation
		allegations accusation accusations charge charges claim claims observation observations argument
		arguments announcement announcements reference references promise promises pledge pledges
		commitment commitments plea pleas prediction predictions suggestion suggestions apology
		apologies threat threats demand demands request requests appeal appeals attack attacks
		criticism criticisms joke jokes assertion assertions vow vows`) {
		speechNouns[w] = true
	}
}

// makeSpeech adds "make" + a speech noun as a cue when a topic or a "that"
// clause follows the noun: the phrase through the preposition is the cue
// and what follows the content ("made veiled attacks on | the audit",
// "made the remark | that …"). Measured on PolNeAR and left
// out: the bare phrase ("made the comments": mostly words reported before,
// about 7 right in 22 on train) and "to", "at", "of" after the noun (the
// hearer or the place: "made a plea to the crowd").
func (x *extractor) makeSpeech(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "make" {
			continue
		}
		n := k + 1
		for n < end && n <= k+4 && !speechNouns[d.Tokens[n].Lower] && x.nounFiller(n) {
			n++
		}
		if n+1 >= end || !speechNouns[d.Tokens[n].Lower] || x.usedRange(k, n+1) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.canHoldView(src.first, src.limit) {
			continue
		}
		var ce, c int
		switch w := d.Tokens[n+1].Lower; {
		case w == "that":
			ce, c = n+1, n+1
		case w == ":":
			ce, c = n+2, n+2
		case speechPreps[w] && x.timeEnd(n+2, end) < 0 && !x.placeAt(n+2, end):
			ce, c = n+2, n+2
		case w == "to" && referenceNouns[d.Tokens[n].Lower]:
			// "made veiled references to the audit": a reference is to
			// its topic, never to a hearer.
			ce, c = n+2, n+2
		default:
			// "made the comments", "made his remarks": mostly a phrase
			// that points back to words reported before.
			continue
		}
		x.addPhraseCue(src, k, ce, c, x.contentEnd(c, end))
	}
}

// placeAt reports whether the noun phrase opening at i names a place: a
// place noun as its head ("repeated attacks on the town", "promises on the
// campaign trail") or a mention of a place entity. After a speech noun such
// an object is where something was done, not what was said.
func (x *extractor) placeAt(i, end int) bool {
	d := x.d
	for k := i; k < end && k <= i+4; k++ {
		switch syntax.POS(d, k) {
		case "DET", "ADJ", "NUM", "PRON":
			continue
		case "NOUN":
			if k+1 < end && syntax.POS(d, k+1) == "NOUN" {
				continue
			}
			return placeNouns[d.Tokens[k].Lower]
		case "PROPN":
			return x.placeEntityAt(d.Tokens[k].Start)
		}
		return false
	}
	return false
}

// placeEntityAt reports whether a place entity (GPE, LOC, FAC) has a
// mention covering character offset at.
func (x *extractor) placeEntityAt(at int) bool {
	for _, e := range x.d.Entities {
		if e.Type != "GPE" && e.Type != "LOC" && e.Type != "FAC" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start <= at && at < m.End {
				return true
			}
		}
	}
	return false
}

// placeNouns are common nouns of places and sites.
var placeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`town towns city cities village villages trail road roads street streets
		base bases camp camps border borders front region district county island coast port harbor
		airport bridge building buildings school hospital field fields hill ridge valley capital area
		neighborhood neighbourhood compound positions position site sites stage floor ground`) {
		placeNouns[w] = true
	}
}

// referenceNouns take their topic with "to".
var referenceNouns = map[string]bool{"reference": true, "references": true}

// speechPreps open the topic or target of a speech noun.
var speechPreps = map[string]bool{"about": true, "on": true, "against": true, "for": true, "over": true}

// nounFiller reports whether token i may stand between "make" and its noun:
// a determiner, numeral, adjective, adverb or possessive pronoun
// ("several", "veiled", "thinly coded", "his").
func (x *extractor) nounFiller(i int) bool {
	switch syntax.POS(x.d, i) {
	case "DET", "NUM", "ADJ", "ADV", "PRON":
		return true
	case "VERB":
		// "veiled", "conflicting", "stinging".
		return x.d.Tokens[i].Tag == "VBN" || x.d.Tokens[i].Tag == "VBG"
	}
	return false
}
