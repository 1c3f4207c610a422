package attrib

import (
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// A vote takes a side as plainly as a statement does, and PolNeAR marks it
// as an attribution: the voter is the source, "voted for" / "voted
// against" / "voted in favor of" the cue, and the candidate, the measure or
// the infinitive ("voted to repeal the levy") the content. Only a vote with
// a side is read: "voted early", "voted in Ohio" and the passive "was voted
// best in show" name no position.

// voteCues adds the attributions of the active verb "vote" with a side
// after it, for the verbs of sentence [first, end) not yet used.
func (x *extractor) voteCues(first, end int) {
	x.actionCues(first, end, actionRule{
		verb: func(x *extractor, k int) bool { return x.lemmaOf(k) == "vote" },
		side: (*extractor).voteSide,
		skip: func(x *extractor, src srcSpan, k, first, end int) bool {
			return x.shareVotes(src, k) && x.pollContext(first, end)
		},
	})
}

// passiveVerb reports whether "voted" at k is a passive ("was voted the
// best", "were voted off"): the subject is what was chosen, not a voter.
func (x *extractor) passiveVerb(k, first int) bool {
	d := x.d
	for i := k - 1; i >= first && i >= k-3; i-- {
		switch syntax.POS(d, i) {
		case "ADV":
			continue
		case "AUX":
			l := x.lemmaOf(i)
			return l == "be" || l == "get"
		}
		return false
	}
	return false
}

// votersOwn reports whether the vote at k is its subject's own act: not an
// infinitive ("urged them to vote for …", "the right to vote"), not a duty
// ("delegates must vote for …", "they should vote for …") and not a bare
// participle ("voters voting for …"), whose subject the surface cannot
// tell.
func (x *extractor) votersOwn(k, first int) bool {
	d := x.d
	progressive := false
	for i := k - 1; i >= first && i >= k-4; i-- {
		w := d.Tokens[i].Lower
		switch {
		case w == "to" || w == "should" || w == "must" || w == "ought":
			return false
		case syntax.POS(d, i) == "ADV" || syntax.POS(d, i) == "PART":
			continue
		case syntax.POS(d, i) == "AUX":
			progressive = progressive || x.lemmaOf(i) == "be"
			continue
		}
		break
	}
	return d.Tokens[k].Tag != "VBG" || progressive
}

// voteSide returns where the cue of the vote at k ends and where its
// content starts, or -1: after "for", "against", "in favor of", "in support
// of" and "down", the side voted on; at "to" before a verb, the infinitive;
// at a party adjective or "yes"/"no". Adverbs and a tally ("6-1", "5 to
// 4", "twice") may stand between the verb and its side.
func (x *extractor) voteSide(k, end int) (int, int) {
	d := x.d
	i := k + 1
	for i < end && i <= k+4 && x.voteFiller(i, end) {
		i++
	}
	if i >= end {
		return -1, -1
	}
	switch w := d.Tokens[i].Lower; w {
	case "for":
		if x.noSideAfterFor(i+1, end) {
			return -1, -1
		}
		return i + 1, i + 1
	case "against", "down":
		return i + 1, i + 1
	case "in":
		if i+2 < end && (d.Tokens[i+1].Lower == "favor" || d.Tokens[i+1].Lower == "favour" || d.Tokens[i+1].Lower == "support") && d.Tokens[i+2].Lower == "of" {
			return i + 3, i + 3
		}
	case "to":
		if i+1 < end && syntax.POS(d, i+1) == "VERB" && d.Tokens[i+1].Tag == "VB" {
			return i, i
		}
	case "yes", "no":
		if i+2 < end && (d.Tokens[i+1].Lower == "on" || d.Tokens[i+1].Lower == "to") {
			// "voted no on the contract": the answer and its
			// preposition are the cue, the measure the content.
			return i + 2, i + 2
		}
		return i, i
	case "democratic", "republican":
		return i, i
	}
	return -1, -1
}

// voteFiller reports whether token i may stand between "vote" and its
// side: an adverb ("unanimously", "twice") or part of a tally ("6-1", "5
// to 4").
func (x *extractor) voteFiller(i, end int) bool {
	d := x.d
	switch syntax.POS(d, i) {
	case "ADV":
		return d.Tokens[i].Lower != "down"
	case "NUM":
		return true
	}
	// "5 to 4": the "to" of a tally, not of an infinitive.
	return d.Tokens[i].Lower == "to" && i > 0 && syntax.POS(d, i-1) == "NUM" && i+1 < end && syntax.POS(d, i+1) == "NUM"
}

// shareVotes reports whether the voter of the vote at k is a share of
// people ("53 percent would vote for …"). In a poll's context pollReports
// owns it as the poll's answer, ended where another share's answer opens
// (pollAnswerEnds); elsewhere the share's vote is a vote like any other
// ("54 percent of the electorate voted in favor of …"), as PolNeAR marks
// it.
func (x *extractor) shareVotes(src srcSpan, k int) bool {
	for i := src.first; i < k && i <= src.first+1; i++ {
		if x.pollShare(i, k) > 0 {
			return true
		}
	}
	// A share just before the verb, which the parser may have left out of
	// the subject: "… and 40 percent would vote for …".
	j := k
	for j > src.first && (pollAux[x.d.Tokens[j-1].Lower] || syntax.POS(x.d, j-1) == "ADV") {
		j--
	}
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		if x.pollShare(i, j) == j && !pollFractions[x.d.Tokens[j-1].Lower] {
			// A bare fraction may end a body ("the chamber's
			// majority"), so only a number counts here.
			return true
		}
	}
	return false
}

// officeNouns are offices one votes for without taking a side between
// candidates: "voted for president", "will vote for a new mayor".
var officeNouns = map[string]bool{"president": true, "mayor": true, "governor": true, "senator": true,
	"congress": true, "chair": true, "chairman": true, "chairwoman": true, "sheriff": true, "council": true,
	"parliament": true, "leader": true, "speaker": true, "judge": true, "office": true, "representative": true}

// durationNouns are lengths of time: "voted for hours".
var durationNouns = map[string]bool{"hours": true, "minutes": true, "days": true, "weeks": true, "months": true,
	"years": true, "decades": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "time": true}

// noSideAfterFor reports whether what follows "voted for" at c names no
// side: a bare office ("for president in 2020", "for a new mayor"), or a
// length of time ("for hours", "for the first time"). A named candidate
// ("for President Ruiz") or a measure is a side.
func (x *extractor) noSideAfterFor(c, end int) bool {
	d := x.d
	i := c
	for i < end && i < c+4 && (syntax.POS(d, i) == "DET" || syntax.POS(d, i) == "ADJ" || syntax.POS(d, i) == "NUM") {
		i++
	}
	if i >= end {
		return false
	}
	w := d.Tokens[i].Lower
	next := ""
	if i+1 < end {
		next = syntax.POS(d, i+1)
	}
	if next == "PROPN" || next == "NOUN" || i+1 < end && d.Tokens[i+1].Lower == "'s" {
		return false
	}
	return officeNouns[w] || durationNouns[w]
}
